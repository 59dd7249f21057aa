/**
 * 运维: what the bureau's ADMIN needs to keep the processes moving — the background steps that failed (异常流程,
 * engine incidents) of the bureau's own records, in Chinese, with a retry recorded on the record's timeline.
 */
package cn.statenforce.operations;
