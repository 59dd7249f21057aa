package cn.statenforce.enforcementcase.web;

import java.util.List;

import cn.statenforce.enforcementcase.CaseStatus;

/** The step list shown on the case page (the process diagram in short), current step highlighted. */
public record CaseSteps(String label, List<CaseStatus> statuses) {

	static final List<CaseSteps> STEPS = List.of(
			new CaseSteps("线索核查", List.of(CaseStatus.LEAD, CaseStatus.NOT_FILING_PROPOSED)),
			new CaseSteps("立案审批", List.of(CaseStatus.FILING_PROPOSED)),
			new CaseSteps("当场处罚", List.of(CaseStatus.SUMMARY)),
			new CaseSteps("调查取证", List.of(CaseStatus.INVESTIGATING)),
			new CaseSteps("裁量与拟处理", List.of(CaseStatus.PROPOSING)),
			new CaseSteps("事先告知·陈述申辩", List.of(CaseStatus.NOTIFYING)),
			new CaseSteps("听证", List.of(CaseStatus.HEARING)),
			new CaseSteps("法制审核·集体讨论", List.of(CaseStatus.REVIEWING)),
			new CaseSteps("决定审批", List.of(CaseStatus.DECIDING)),
			new CaseSteps("送达", List.of(CaseStatus.DECIDED, CaseStatus.TRANSFERRED)),
			new CaseSteps("公示·执行·复查", List.of(CaseStatus.EXECUTING)),
			new CaseSteps("结案审批", List.of(CaseStatus.CLOSING)),
			new CaseSteps("归档", List.of(CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.NOT_FILED)));

	public boolean current(CaseStatus s) {
		return statuses.contains(s);
	}

}
