package cn.statenforce.training;

/**
 * 年度统计 of trainings and publicity.
 *
 * @param trainings trainings held in the year
 * @param trainees people trained (人次) in those
 * @param publicity publicity activities held in the year
 * @param reached people reached (人次) by those
 */
public record TrainingAnnualFigures(int year, long trainings, long trainees, long publicity, long reached) {
}
