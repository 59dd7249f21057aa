/**
 * 领导干部干预统计工作记录: the confidential register of leaders' interference with statistical work (NBS
 * 2023 《领导干部干预统计工作记录报告制度》), recorded by statistics staff under their real name with evidence,
 * late entries within the configured period after the obstacle ended, and the periodic report (with an explicit
 * zero report) as a user task. Who sees what: {@link cn.statenforce.interference.InterferenceAccess}.
 */
package cn.statenforce.interference;
