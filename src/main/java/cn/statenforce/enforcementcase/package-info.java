/**
 * 统计执法案件: a lead (线索) worked through filing, investigation, review, prior notice, hearing, decision,
 * service, execution, closure, publication and archive, on the statutory clocks of the working-day calendar.
 */
package cn.statenforce.enforcementcase;
