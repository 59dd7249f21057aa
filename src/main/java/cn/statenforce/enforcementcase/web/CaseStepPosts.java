package cn.statenforce.enforcementcase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Inputs;
import jakarta.validation.Validator;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;
import static cn.statenforce.enforcementcase.web.CaseFormValues.*;

/**
 * The one dispatch table of the case's steps, shared by the page and the API: each step key (a user task id of the
 * model, or a side step such as {@code evidence}) names the stage service method that performs it and how the
 * page's posted form (to {@code /cases/{id}/steps/{key}}) is read into its command. The page's forms are read and
 * validated here (400 on the first violation); the API's typed endpoints validate their JSON body and hand the
 * command to {@link #perform(CurrentUser, long, String, Object)}.
 */
@Component
class CaseStepPosts {

	/** A step's service call. */
	@FunctionalInterface
	interface Handler<C> {

		void perform(CurrentUser user, long caseId, C command);

	}

	/** One row of the table: how the page reads the form into the command, and the service method it calls. */
	private record Step<C>(Function<Map<String, String>, C> form, Handler<C> handler) {

		void perform(CurrentUser user, long caseId, Object command) {
			@SuppressWarnings("unchecked")
			C c = (C) command;
			handler.perform(user, caseId, c);
		}

	}

	private final Map<String, Step<?>> steps = new LinkedHashMap<>();

	private final Validator validator;

	CaseStepPosts(CaseIntakeService intake, CaseTeamService team, CaseInvestigationService investigation,
			CaseHearingService hearings, CaseSummaryService summary, CaseDecisionService decisions,
			CaseExecutionService execution, CaseClosureService closure, CaseClockService clock, Validator validator) {
		this.validator = validator;
		step(TASK_ASSESS_LEAD, p -> new CaseCommands.Assess(enumOf(CaseEnums.AssessmentProposal.class, p, "proposal"),
				p.get("opinion")), intake::assess);
		step(TASK_APPROVE_NOT_FILING, CaseStepPosts::approval, intake::approveNotFiling);
		step(TASK_APPROVE_FILING, CaseStepPosts::approval, intake::approveFiling);
		step(TASK_SUMMARY_DECISION, p -> new CaseCommands.SummaryDecision(
				List.of(CurrentUsers.get().username(), p.getOrDefault("secondInspector", "")), p.get("violationType"),
				p.get("penaltyOutcome"), decimalOf(p, "fine"), blank(p.get("correctionMeasure")),
				dateOf(p, "correctionDeadline"), p.get("opinion")), summary::summaryDecision);
		step("inspector", p -> new CaseCommands.AddInspector(p.get("username")),
				(u, id, cmd) -> team.addInspector(u, id, cmd.username()));
		step("evidence", p -> new CaseCommands.AddEvidence(enumOf(CaseEnums.EvidenceKind.class, p, "kind"), p.get("title"),
				p.get("content"), dateOf(p, "collectedOn")), investigation::addEvidence);
		step(TASK_INVESTIGATE, p -> new CaseCommands.InvestigationReport(violations(p), p.get("circumstance"),
				p.containsKey("firstOffence"), p.containsKey("correctedInTime"), p.containsKey("complex"), p.get("opinion")),
				investigation::reportInvestigation);
		step(TASK_PROPOSE_HANDLING, p -> new CaseCommands.HandlingProposal(
				enumOf(CaseEnums.Disposition.class, p, "disposition"), blank(p.get("penaltyOutcome")), decimalOf(p, "fine"),
				blank(p.get("correctionMeasure")), dateOf(p, "correctionDeadline"), p.get("opinion")),
				investigation::proposeHandling);
		step(TASK_PRIOR_NOTICE, p -> new CaseCommands.PriorNotice(dateOf(p, "servedOn"),
				enumOf(CaseEnums.ServiceMethod.class, p, "method"), blank(p.get("opinion"))), hearings::priorNotice);
		step(TASK_RECORD_STATEMENT, p -> new CaseCommands.Statement(p.containsKey("statementMade"),
				blank(p.get("statement")), p.containsKey("hearingRequested"), dateOf(p, "hearingRequestedOn"),
				blank(p.get("revisedOutcome")), decimalOf(p, "revisedFine"), p.get("opinion"), dateOf(p, "statementWaivedOn"),
				enumOf(CaseEnums.WaiverMethod.class, p, "statementWaiverMethod"), dateOf(p, "hearingWaivedOn"),
				enumOf(CaseEnums.WaiverMethod.class, p, "hearingWaiverMethod")), hearings::recordStatement);
		step(TASK_SCHEDULE_HEARING, p -> new CaseCommands.HearingNotice(dateOf(p, "hearingDate"), p.get("chair"),
				blank(p.get("opinion")), dateOf(p, "servedOn")), hearings::scheduleHearing);
		step(TASK_RECORD_HEARING, p -> new CaseCommands.HearingRecord(p.containsKey("held"), blank(p.get("revisedOutcome")),
				decimalOf(p, "revisedFine"), p.get("opinion")), hearings::recordHearing);
		step(TASK_LEGAL_REVIEW, p -> new CaseCommands.LegalReview(boolOf(p.get("approved")), p.get("opinion")),
				decisions::legalReview);
		step(TASK_COLLECTIVE_DISCUSSION, p -> new CaseCommands.Discussion(p.get("attendees"), p.get("opinion")),
				decisions::discuss);
		step(TASK_APPROVE_DECISION, CaseStepPosts::approval, decisions::approveDecision);
		step(TASK_APPROVE_EXTENSION, CaseStepPosts::approval, clock::approveExtension);
		step(TASK_SUPERVISE_OVERDUE, CaseStepPosts::opinion, clock::superviseOverdue);
		step(TASK_TRANSFER_CASE, p -> new CaseCommands.Transfer(p.get("transferredTo"), p.get("opinion")),
				execution::transfer);
		step(TASK_SERVE_DECISION, p -> new CaseCommands.Service(dateOf(p, "servedOn"),
				enumOf(CaseEnums.ServiceMethod.class, p, "method"), blank(p.get("opinion"))), execution::serve);
		step(TASK_PUBLISH, p -> new CaseCommands.Publication(dateOf(p, "publishedOn"), blank(p.get("opinion"))),
				execution::publish);
		step(TASK_RECORD_PAYMENT, p -> new CaseCommands.Payment(dateOf(p, "paidOn"), decimalOf(p, "amount")),
				execution::recordPayment);
		step(TASK_HANDLE_UNCORRECTED, CaseStepPosts::opinion, closure::handleUncorrected);
		step(TASK_APPROVE_CLOSURE, CaseStepPosts::approval, closure::approveClosure);
		step(TASK_SUPPLEMENT_EXECUTION, CaseStepPosts::opinion, closure::supplementExecution);
		step(TASK_ARCHIVE, p -> new CaseCommands.Archive(p.get("archiveNumber")), closure::archive);
		step("recusal-request", p -> new CaseCommands.RecusalRequest(p.get("username"), boolOf(p.get("byParty")),
				p.get("reason")), team::declareRecusal);
		step("recusal-decision", p -> new CaseCommands.RecusalDecision(p.get("username"), boolOf(p.get("approved")),
				p.get("reason")), team::decideRecusal);
		step("recusal", p -> new CaseCommands.Recusal(p.get("username"), p.get("reason")), team::recuse);
		step("suspension", p -> new CaseCommands.Suspension(p.get("reason")), clock::suspend);
		step("resumption", p -> null, (u, id, none) -> clock.resume(u, id));
		step("appeal", p -> new CaseCommands.AppealRecord(enumOf(CaseEnums.AppealKind.class, p, "kind"),
				dateOf(p, "filedOn"), p.get("body"), blank(p.get("result"))), execution::recordAppeal);
		step("extension", p -> new CaseCommands.ExtensionRequest(intOf(p, "months"),
				p.getOrDefault("reason", p.get("opinion"))), clock::requestExtension);
	}

	private <C> void step(String key, Function<Map<String, String>, C> form, Handler<C> handler) {
		steps.put(key, new Step<>(form, handler));
	}

	/** Performs the step named by {@code key} with the posted form {@code p} (read, then validated: 400). */
	void perform(CurrentUser u, long id, String key, Map<String, String> p) {
		Step<?> step = step(key);
		Object cmd = step.form().apply(p);
		if (cmd != null) {
			validate(cmd);
		}
		step.perform(u, id, cmd);
	}

	/** Performs the step named by {@code key} with a command the API has read and validated. */
	void perform(CurrentUser u, long id, String key, Object cmd) {
		step(key).perform(u, id, cmd);
	}

	private Step<?> step(String key) {
		Step<?> step = steps.get(key);
		if (step == null) {
			throw new BadRequestException("step", "未知的办理环节：" + key);
		}
		return step;
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

	private static CaseCommands.Approval approval(Map<String, String> p) {
		return new CaseCommands.Approval(boolOf(p.get("approved")), p.get("opinion"));
	}

	private static CaseCommands.Opinion opinion(Map<String, String> p) {
		return new CaseCommands.Opinion(p.get("opinion"));
	}

	void validate(Object cmd) {
		Inputs.valid(validator, cmd);
	}

}
