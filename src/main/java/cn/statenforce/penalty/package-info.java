/**
 * 行政处罚规则层 (penalty rules): the discretion benchmark (裁量基准, processes/penalty-discretion.dmn) and the
 * statutory gates of the Administrative Penalty Law and the Statistics Law that the enforcement case process
 * consults (hearing right, legal review, summary procedure, limitation, law-change regime, late charge, no heavier
 * penalty after a defence).
 */
package cn.statenforce.penalty;
