/**
 * 全过程记录: the tamper-evident record of every action (who, in which role and bureau, when, from which address, on
 * which record, what, the old and new values), appended to one SHA-256 hash chain per bureau and verifiable by page,
 * API and command. The actor is always passed in ({@link cn.statenforce.audit.AuditActor}), so timers, jobs and
 * hand-overs are recorded as what they are.
 */
package cn.statenforce.audit;
