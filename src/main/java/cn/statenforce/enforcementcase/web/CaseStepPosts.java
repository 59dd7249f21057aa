package cn.statenforce.enforcementcase.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.CaseClockService;
import cn.statenforce.enforcementcase.CaseClosureService;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseDecisionService;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseExecutionService;
import cn.statenforce.enforcementcase.CaseHearingService;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseInvestigationService;
import cn.statenforce.enforcementcase.CaseSummaryService;
import cn.statenforce.enforcementcase.CaseTeamService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.FieldLabels;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;
import static cn.statenforce.enforcementcase.web.CaseFormValues.*;

/**
 * The forms of the task page and the case page, posted to {@code /cases/{id}/steps/{key}}: each is read into its
 * validated command (400 on the first violation) and handed to the stage service of that step.
 */
@Component
class CaseStepPosts {

	private final CaseIntakeService intake;

	private final CaseTeamService team;

	private final CaseInvestigationService investigation;

	private final CaseHearingService hearings;

	private final CaseSummaryService summary;

	private final CaseDecisionService decisions;

	private final CaseExecutionService execution;

	private final CaseClosureService closure;

	private final CaseClockService clock;

	private final Validator validator;

	CaseStepPosts(CaseIntakeService intake, CaseTeamService team, CaseInvestigationService investigation,
			CaseHearingService hearings, CaseSummaryService summary, CaseDecisionService decisions,
			CaseExecutionService execution, CaseClosureService closure, CaseClockService clock, Validator validator) {
		this.intake = intake;
		this.team = team;
		this.investigation = investigation;
		this.hearings = hearings;
		this.summary = summary;
		this.decisions = decisions;
		this.execution = execution;
		this.closure = closure;
		this.clock = clock;
		this.validator = validator;
	}

	/** Performs the step named by {@code key} with the posted form {@code p}. */
	void perform(CurrentUser u, long id, String key, Map<String, String> p) {
		switch (key) {
			case TASK_ASSESS_LEAD -> intake.assess(u, id, valid(new CaseCommands.Assess(
					enumOf(CaseEnums.AssessmentProposal.class, p, "proposal"), p.get("opinion"))));
			case TASK_APPROVE_NOT_FILING -> intake.approveNotFiling(u, id, approval(p));
			case TASK_APPROVE_FILING -> intake.approveFiling(u, id, approval(p));
			case TASK_SUMMARY_DECISION -> summary.summaryDecision(u, id, valid(new CaseCommands.SummaryDecision(
					List.of(u.username(), p.getOrDefault("secondInspector", "")), p.get("violationType"),
					p.get("penaltyOutcome"),
					decimalOf(p, "fine"), blank(p.get("correctionMeasure")), dateOf(p, "correctionDeadline"), p.get("opinion"))));
			case "inspector" -> team.addInspector(u, id, p.get("username"));
			case "evidence" -> investigation.addEvidence(u, id, valid(new CaseCommands.AddEvidence(
					enumOf(CaseEnums.EvidenceKind.class, p, "kind"), p.get("title"), p.get("content"), dateOf(p, "collectedOn"))));
			case TASK_INVESTIGATE -> investigation.reportInvestigation(u, id, valid(new CaseCommands.InvestigationReport(
					violations(p), p.get("circumstance"),
					p.containsKey("firstOffence"), p.containsKey("correctedInTime"), p.containsKey("complex"), p.get("opinion"))));
			case TASK_PROPOSE_HANDLING -> investigation.proposeHandling(u, id, valid(new CaseCommands.HandlingProposal(
					enumOf(CaseEnums.Disposition.class, p, "disposition"), blank(p.get("penaltyOutcome")), decimalOf(p, "fine"),
					blank(p.get("correctionMeasure")), dateOf(p, "correctionDeadline"), p.get("opinion"))));
			case TASK_PRIOR_NOTICE -> hearings.priorNotice(u, id, valid(new CaseCommands.PriorNotice(dateOf(p, "servedOn"),
					enumOf(CaseEnums.ServiceMethod.class, p, "method"), blank(p.get("opinion")))));
			case TASK_RECORD_STATEMENT -> hearings.recordStatement(u, id, valid(new CaseCommands.Statement(p.containsKey("statementMade"),
					blank(p.get("statement")), p.containsKey("hearingRequested"), dateOf(p, "hearingRequestedOn"),
					blank(p.get("revisedOutcome")), decimalOf(p, "revisedFine"), p.get("opinion"), dateOf(p, "statementWaivedOn"),
					enumOf(CaseEnums.WaiverMethod.class, p, "statementWaiverMethod"), dateOf(p, "hearingWaivedOn"),
					enumOf(CaseEnums.WaiverMethod.class, p, "hearingWaiverMethod"))));
			case TASK_SCHEDULE_HEARING -> hearings.scheduleHearing(u, id, valid(new CaseCommands.HearingNotice(
					dateOf(p, "hearingDate"), p.get("chair"), blank(p.get("opinion")), dateOf(p, "servedOn"))));
			case TASK_RECORD_HEARING -> hearings.recordHearing(u, id, valid(new CaseCommands.HearingRecord(p.containsKey("held"),
					blank(p.get("revisedOutcome")), decimalOf(p, "revisedFine"), p.get("opinion"))));
			case TASK_LEGAL_REVIEW -> decisions.legalReview(u, id, valid(new CaseCommands.LegalReview(boolOf(p.get("approved")), p.get("opinion"))));
			case TASK_COLLECTIVE_DISCUSSION -> decisions.discuss(u, id, valid(new CaseCommands.Discussion(p.get("attendees"), p.get("opinion"))));
			case TASK_APPROVE_DECISION -> decisions.approveDecision(u, id, approval(p));
			case TASK_APPROVE_EXTENSION -> clock.approveExtension(u, id, approval(p));
			case TASK_SUPERVISE_OVERDUE -> clock.superviseOverdue(u, id, valid(new CaseCommands.Opinion(p.get("opinion"))));
			case TASK_TRANSFER_CASE -> execution.transfer(u, id, valid(new CaseCommands.Transfer(p.get("transferredTo"), p.get("opinion"))));
			case TASK_SERVE_DECISION -> execution.serve(u, id, valid(new CaseCommands.Service(dateOf(p, "servedOn"),
					enumOf(CaseEnums.ServiceMethod.class, p, "method"), blank(p.get("opinion")))));
			case TASK_PUBLISH -> execution.publish(u, id, valid(new CaseCommands.Publication(dateOf(p, "publishedOn"), blank(p.get("opinion")))));
			case TASK_RECORD_PAYMENT -> execution.recordPayment(u, id, valid(new CaseCommands.Payment(dateOf(p, "paidOn"), decimalOf(p, "amount"))));
			case TASK_HANDLE_UNCORRECTED -> closure.handleUncorrected(u, id, valid(new CaseCommands.Opinion(p.get("opinion"))));
			case TASK_APPROVE_CLOSURE -> closure.approveClosure(u, id, approval(p));
			case TASK_SUPPLEMENT_EXECUTION -> closure.supplementExecution(u, id, valid(new CaseCommands.Opinion(p.get("opinion"))));
			case TASK_ARCHIVE -> closure.archive(u, id, valid(new CaseCommands.Archive(p.get("archiveNumber"))));
			case "recusal-request" -> team.declareRecusal(u, id, valid(new CaseCommands.RecusalRequest(p.get("username"),
					boolOf(p.get("byParty")), p.get("reason"))));
			case "recusal-decision" -> team.decideRecusal(u, id, valid(new CaseCommands.RecusalDecision(p.get("username"),
					boolOf(p.get("approved")), p.get("reason"))));
			case "recusal" -> team.recuse(u, id, valid(new CaseCommands.Recusal(p.get("username"), p.get("reason"))));
			case "suspension" -> clock.suspend(u, id, valid(new CaseCommands.Suspension(p.get("reason"))));
			case "resumption" -> clock.resume(u, id);
			case "appeal" -> execution.recordAppeal(u, id, valid(new CaseCommands.AppealRecord(
					enumOf(CaseEnums.AppealKind.class, p, "kind"), dateOf(p, "filedOn"), p.get("body"), blank(p.get("result")))));
			case "extension" -> clock.requestExtension(u, id, valid(new CaseCommands.ExtensionRequest(
					intOf(p, "months"), p.getOrDefault("reason", p.get("opinion")))));
			default -> throw new BadRequestException("step", "未知的办理环节：" + key);
		}
	}

	/** The first violation row and the optional further ones (violationType2/description2, …) of the report form. */
	private static List<CaseCommands.ViolationItem> violations(Map<String, String> p) {
		List<CaseCommands.ViolationItem> items = new java.util.ArrayList<>();
		items.add(new CaseCommands.ViolationItem(p.get("violationType"), p.get("description")));
		for (int n = 2; n <= 3; n++) {
			if (blank(p.get("violationType" + n)) != null) {
				items.add(new CaseCommands.ViolationItem(p.get("violationType" + n), p.get("description" + n)));
			}
		}
		return items;
	}

	private CaseCommands.Approval approval(Map<String, String> p) {
		return valid(new CaseCommands.Approval(boolOf(p.get("approved")), p.get("opinion")));
	}

	private <T> T valid(T cmd) {
		validate(cmd);
		return cmd;
	}

	void validate(Object cmd) {
		Set<ConstraintViolation<Object>> v = validator.validate(cmd);
		if (!v.isEmpty()) {
			ConstraintViolation<Object> first = v.iterator().next();
			String field = first.getPropertyPath().toString();
			throw new BadRequestException(field, FieldLabels.inMessage(field, first.getMessage()));
		}
	}

}
