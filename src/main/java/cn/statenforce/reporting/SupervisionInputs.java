package cn.statenforce.reporting;

import cn.statenforce.complaint.ComplaintAnnualFigures;
import cn.statenforce.credit.CreditAnnualFigures;
import cn.statenforce.interference.InterferenceAnnualFigures;
import cn.statenforce.leadtransfer.TransferAnnualFigures;
import cn.statenforce.training.TrainingAnnualFigures;

/**
 * The supervision registers' annual counts (干预记录, 移送线索, 举报, 统计信用, 培训与普法) and the certified inspectors on
 * 31 December, each read through its register's public service.
 */
public record SupervisionInputs(InterferenceAnnualFigures interference, TransferAnnualFigures transfers,
		ComplaintAnnualFigures complaints, CreditAnnualFigures credit, TrainingAnnualFigures trainings,
		long certifiedInspectors) {
}
