package cn.statenforce.enforcementcase;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.workbench.TaskReceiverRule;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_APPROVE_DECISION;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_LEGAL_REVIEW;
import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.TASK_RECORD_HEARING;

/**
 * Separation of duties on a hand-over of a case's step (转办, 委派, 委托代理), the rule the steps apply themselves
 * ({@code CaseDecisionService.approveDecision}: 审批人不得为本案调查人员; the hearing chair, 行政处罚法 Art 64): an
 * investigator of the case never receives the decision approval, the legal review or the hearing record.
 */
@Component
class CaseTaskReceivers implements TaskReceiverRule {

	private final EnforcementCaseMapper mapper;

	CaseTaskReceivers(EnforcementCaseMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Optional<String> veto(Receiving r) {
		if (!EnforcementCaseProcess.KEY.equals(r.processKey()) || !r.isAbout(SUBJECT_TYPE) || r.receiver() == null) {
			return Optional.empty();
		}
		String who = switch (r.taskKey()) {
			case TASK_APPROVE_DECISION -> "审批人";
			case TASK_LEGAL_REVIEW -> "法制审核人员";
			case TASK_RECORD_HEARING -> "听证主持人";
			default -> null;
		};
		if (who == null) {
			return Optional.empty();
		}
		boolean investigator = mapper.selectInspectors(r.subject().subjectId()).stream()
			.anyMatch(i -> i.username().equals(r.receiver().username()));
		return investigator ? Optional.of(who + "不得为本案调查人员：" + r.receiver().displayName() + " 是本案调查人员，不能"
				+ r.handover().label() + "「" + r.stepName() + "」") : Optional.empty();
	}

}
