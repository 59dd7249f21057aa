/**
 * 执法培训与普法宣传: the register of enforcement trainings and legal publicity activities (date, kind, topic, organiser,
 * participants or people reached, evidence) that the year-end report counts ("开展培训16次", "宣传活动20余场，覆盖2500余人次").
 */
package cn.statenforce.training;
