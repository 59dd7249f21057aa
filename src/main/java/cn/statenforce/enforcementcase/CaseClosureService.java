package cn.statenforce.enforcementcase;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.document.DossierItem;
import cn.statenforce.document.DossierService;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.enforcementcase.process.CaseWorkflow;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * From the order to correct to the archive: the correction item (tracked, and re-checked by the named
 * inspectors, in the rectification capability), the handling of an uncorrected party, 结案审批 and 归档.
 */
@Service
public class CaseClosureService {

	private final CaseWorkflow workflow;
	private final CaseQueryService queries;
	private final CaseTasks steps;
	private final PenaltyAdvisor penalty;
	/** the case dossier (案卷): closure and archive wait until its required items are there */
	private final DossierService dossier;

	private final CaseChecklist checklist;

	CaseClosureService(CaseWorkflow workflow, CaseQueryService queries, CaseTasks steps, PenaltyAdvisor penalty,
			DossierService dossier, CaseChecklist checklist) {
		this.checklist = checklist;
		this.dossier = dossier;
		this.workflow = workflow;
		this.queries = queries;
		this.steps = steps;
		this.penalty = penalty;
	}

	/** Delegate: the correction item the rectification capability opened for the order to correct. */
	@Transactional
	public void correctionTracked(long id, long correctionId) {
		EnforcementCase c = steps.lockUnchecked(id);
		c.correctionTracked(correctionId);
		steps.save(c);
		steps.log(AuditActor.JOB, c, "CORRECTION_OPENED", c.getCorrectionMeasure(), "责令改正，期限至 " + c.getCorrectionDeadline());
	}

	/**
	 * 复查 recorded by a named inspector in the rectification capability (the only place it is recorded):
	 * the result is kept on the case and correlated into the process waiting at
	 * {@code Event_CorrectionRechecked}; the correction item must be this case's.
	 */
	@Transactional
	public void rechecked(long id, long correctionId, boolean corrected, String text) {
		EnforcementCase c = steps.lockUnchecked(id);
		if (c.getCorrectionId() == null || c.getCorrectionId() != correctionId) {
			throw new ConflictException("整改事项与案件不符");
		}
		c.rechecked(corrected);
		steps.save(c);
		steps.opinion(c, OpinionKind.RECHECK, "system", "整改跟踪", corrected, text);
		steps.log(AuditActor.HANDOVER, c, "RECHECK", text, corrected ? "复查：已改正" : "复查：未改正");
		workflow.correctionRechecked(c.getProcessInstanceId(), corrected);
	}

	@Transactional
	public void handleUncorrected(CurrentUser user, long id, CaseCommands.Opinion cmd) {
		Step s = steps.begin(user, id, TASK_HANDLE_UNCORRECTED);
		int orders = queries.correctionOrdersWithinYear(s.c());
		steps.finish(s, OpinionKind.UNCORRECTED, null, "自 " + penalty.repeatedOrdersWindowStart(AppClock.today()) + " 以来责令改正 "
				+ orders + " 次" + (penalty.seriousByRepeatedOrders(orders) ? "（属情节严重，《统计法实施条例》第五十条第（四）项）" : "")
				+ "：" + cmd.opinion(), Map.of());
	}

	@Transactional
	public void approveClosure(CurrentUser user, long id, CaseCommands.Approval cmd) {
		Step s = steps.begin(user, id, TASK_APPROVE_CLOSURE);
		if (s.c().getStatus() != CaseStatus.CLOSING) {
			s.c().requestClosure();
		}
		// 法定要件核验: the order to correct re-checked, then the dossier gate (whose refusal names each missing item)
		List<DossierItem> items = dossier.checklist(user, id);
		List<CaseChecklist.Check> lines = checklist.closureApproval(s.c(), items);
		if (cmd.approved()) {
			String recheck = checklist.recheckBlock(s.c());
			if (recheck != null) {
				throw new ConflictException(recheck);
			}
			DossierService.requireComplete(items, false);
		}
		checklist.record(s.c(), TASK_APPROVE_CLOSURE, user, lines);
		if (cmd.approved()) {
			s.c().close(AppClock.today());
		}
		else {
			s.c().reopenExecution();
		}
		steps.finish(s, OpinionKind.CLOSURE_APPROVAL, cmd.approved(), cmd.opinion(), Map.of(VAR_APPROVED, cmd.approved()));
	}

	@Transactional
	public void supplementExecution(CurrentUser user, long id, CaseCommands.Opinion cmd) {
		Step s = steps.begin(user, id, TASK_SUPPLEMENT_EXECUTION);
		steps.requireCertified(user);
		s.c().requestClosure();
		steps.finish(s, OpinionKind.CLOSURE_APPROVAL, null, "补充材料：" + cmd.opinion(), Map.of());
	}

	@Transactional
	public void archive(CurrentUser user, long id, CaseCommands.Archive cmd) {
		Step s = steps.begin(user, id, TASK_ARCHIVE);
		dossier.requireComplete(user, id, true);
		s.c().archive(cmd.archiveNumber(), AppClock.today());
		steps.finish(s, OpinionKind.ARCHIVE, null, "归档，卷号 " + cmd.archiveNumber(), Map.of());
	}

}
