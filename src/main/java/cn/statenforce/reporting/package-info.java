/**
 * 年度统计: the figures a bureau reports at year end (units inspected, warnings, orders to correct, problems
 * closed...) computed from the records of the inspection, enforcement case and rectification capabilities,
 * each through that capability's own public service; this package reads no other capability's tables.
 */
package cn.statenforce.reporting;
