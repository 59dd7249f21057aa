package cn.statenforce.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

import cn.statenforce.document.DossierFixture;
import cn.statenforce.enforcementcase.CaseClosureService;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseDecisionService;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.EvidenceKind;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseExecutionService;
import cn.statenforce.enforcementcase.CaseHearingService;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseInvestigationService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseSource;
import cn.statenforce.enforcementcase.CaseSummaryService;
import cn.statenforce.enforcementcase.CaseTeamService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.AppUser;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;

/**
 * Drives one enforcement case through the stage services exactly as the users' requests do (service calls, the
 * engine's asynchronous steps executed by the caller), along one of the common paths and up to a stop. Used for
 * the real template instances the generator clones and for the lifecycle benchmark. With {@code moveClock}
 * (single-threaded only) the engine clock advances between steps so that the dates look like a real case's.
 */
final class CaseDriver {

	/** The paths a case takes through enforcement-case.bpmn. */
	enum Path {
		/** 核查 → 不予立案 approved. */
		NOT_FILED,
		/** 简易程序: on-the-spot warning, filed, closed, archived. */
		SUMMARY,
		/** 普通程序: fine below the legal-review threshold, no hearing. */
		FINE,
		/** 普通程序: large fine, hearing, legal review, collective discussion, director's approval. */
		FINE_HEARING,
		/** 普通程序: no penalty (违法行为轻微). */
		NO_PENALTY
	}

	/** Where a case stops (the user task it waits at) or END. */
	enum Stop {
		ASSESS, APPROVE_FILING, INVESTIGATE, PROPOSE, PRIOR_NOTICE, STATEMENT, SCHEDULE_HEARING, RECORD_HEARING,
		LEGAL_REVIEW, DISCUSSION, APPROVE_DECISION, SERVE, PUBLISH, PAYMENT, RECHECK, CLOSURE, ARCHIVE, END
	}

	/** What every penalty orders corrected, and the period to correct. */
	static final String CORRECTION = "补报迟报的统计资料，建立健全统计台账";

	static final int CORRECTION_DAYS = 15;

	private final CaseIntakeService intake;
	private final CaseInvestigationService investigation;
	private final CaseTeamService team;
	private final CaseHearingService hearings;
	private final CaseSummaryService summary;
	private final CaseDecisionService decisions;
	private final CaseExecutionService execution;
	private final CaseClosureService closure;
	/** 责令改正复查: a penalty comes with an order to correct (行政处罚法第二十八条), re-checked before closure */
	private final cn.statenforce.rectification.CorrectionService corrections;
	/** 执法文书: each document made and served when its step is done, so the dossier lets the case close */
	private final DossierFixture dossier;
	private final CaseQueryService queries;
	private final ManagementService management;
	private final TaskService tasks;
	private final UserService users;
	private final ConcurrentHashMap<String, CurrentUser> accounts = new ConcurrentHashMap<>();

	CaseDriver(ApplicationContext ctx) {
		intake = ctx.getBean(CaseIntakeService.class);
		investigation = ctx.getBean(CaseInvestigationService.class);
		team = ctx.getBean(CaseTeamService.class);
		hearings = ctx.getBean(CaseHearingService.class);
		summary = ctx.getBean(CaseSummaryService.class);
		decisions = ctx.getBean(CaseDecisionService.class);
		execution = ctx.getBean(CaseExecutionService.class);
		closure = ctx.getBean(CaseClosureService.class);
		corrections = ctx.getBean(cn.statenforce.rectification.CorrectionService.class);
		dossier = DossierFixture.of(ctx);
		queries = ctx.getBean(CaseQueryService.class);
		management = ctx.getBean(ManagementService.class);
		tasks = ctx.getBean(TaskService.class);
		users = ctx.getBean(UserService.class);
	}

	CurrentUser as(String username) {
		return accounts.computeIfAbsent(username, n -> {
			AppUser u = users.findByUsername(n);
			return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), users.roles(u.id()));
		});
	}

	/** The step counter and clock of one drive. */
	static final class Run {

		final boolean moveClock;

		int steps;

		LocalDateTime clock;

		Run(boolean moveClock, LocalDateTime start) {
			this.moveClock = moveClock;
			this.clock = start;
			if (moveClock) {
				set(start);
			}
		}

		void advance(int days, int hour) {
			if (moveClock) {
				clock = clock.plusDays(days).withHour(hour).withMinute((clock.getMinute() + 17) % 60);
				if (clock.getDayOfWeek().getValue() >= 6) {
					clock = clock.plusDays(8 - clock.getDayOfWeek().getValue());
				}
				set(clock);
			}
		}

		private static void set(LocalDateTime t) {
			ClockUtil.setCurrentTime(Date.from(t.atZone(AppClock.ZONE).toInstant()));
		}

	}

	/**
	 * Drives a new case of the bureau (users {@code b<region>.*}) on {@code enterpriseId} along {@code path} until
	 * {@code stop}; returns the case id.
	 */
	long drive(ProvinceData.BureauRow b, long enterpriseId, Path path, Stop stop, Run run) {
		String insp = b.user("inspector1");
		String insp2 = b.user("inspector2");
		LocalDate today = AppClock.today();
		EnforcementCase c = intake.registerLead(as(insp), new CaseCommands.RegisterLead(CaseSource.REPORT, enterpriseId,
				"涉嫌提供不真实统计资料", "举报称该单位" + today.getYear() + "年上报的营业收入与财务报表不符", today.minusMonths(3), "李四",
				"13800000000"));
		run.steps++;
		long id = c.getId();
		String pi = c.getProcessInstanceId();
		if (stop == Stop.ASSESS) {
			return id;
		}
		run.advance(2, 10);
		switch (path) {
			case NOT_FILED -> {
				step(run, () -> intake.assess(as(insp), id, new CaseCommands.Assess(AssessmentProposal.NOT_FILE, "经核查，举报内容不实")));
				run.advance(2, 15);
				step(run, () -> intake.approveNotFiling(as(b.user("leader")), id, new CaseCommands.Approval(true, "同意不予立案")));
				return id;
			}
			case SUMMARY -> {
				step(run, () -> intake.assess(as(insp), id, new CaseCommands.Assess(AssessmentProposal.SUMMARY, "事实清楚，适用简易程序")));
				run.advance(1, 10);
				step(run, () -> summary.summaryDecision(as(insp), id, new CaseCommands.SummaryDecision(List.of(insp, insp2),
						"LATE_REPORTING", "WARNING", null, CORRECTION, AppClock.today().plusDays(CORRECTION_DAYS),
						"迟报统计资料，情节轻微，当场给予警告并责令限期改正")));
				job(run, pi, "Task_FileSummaryDecision");
				step(run, () -> dossier.complete(as(insp), id, false));
				afterDecision(b, id, pi, stop, run);
				return id;
			}
			default -> {
			}
		}
		step(run, () -> intake.assess(as(insp), id, new CaseCommands.Assess(AssessmentProposal.FILE, "事实基本清楚，建议立案")));
		job(run, pi, "Task_CheckLimitation");
		if (stop == Stop.APPROVE_FILING) {
			return id;
		}
		run.advance(2, 9);
		step(run, () -> intake.approveFiling(as(b.user("leader")), id, new CaseCommands.Approval(true, "同意立案")));
		job(run, pi, "Task_FileCase");
		if (stop == Stop.INVESTIGATE) {
			return id;
		}
		run.advance(10, 14);
		team.addInspector(as(insp), id, insp2);
		investigation.addEvidence(as(insp), id, new CaseCommands.AddEvidence(EvidenceKind.INSPECTION_RECORD, "现场检查笔录",
				"报表数与台账数不符", AppClock.today()));
		boolean big = path == Path.FINE_HEARING;
		step(run, () -> investigation.reportInvestigation(as(insp), id, new CaseCommands.InvestigationReport(
				List.of(new CaseCommands.ViolationItem(big ? "FALSE_OR_INCOMPLETE_DATA" : "LATE_REPORTING",
						big ? "虚报营业收入" : "迟报年度统计报表")),
				big ? "SERIOUS" : "GENERAL", false, false, big, "调查终结")));
		job(run, pi, "Task_RecommendDiscretion");
		if (stop == Stop.PROPOSE) {
			return id;
		}
		run.advance(3, 10);
		EnforcementCase r = queries.getUnchecked(id);
		if (path == Path.NO_PENALTY) {
			step(run, () -> investigation.proposeHandling(as(insp), id, new CaseCommands.HandlingProposal(Disposition.NO_PENALTY,
					null, null, CORRECTION, AppClock.today().plusDays(CORRECTION_DAYS),
					"违法行为轻微，没有造成危害后果，拟不予行政处罚，责令限期改正")));
		}
		else {
			BigDecimal fine = r.getRecFineMax() == null ? null
					: big ? r.getRecFineMax() : r.getRecFineMin() != null && r.getRecFineMin().signum() > 0 ? r.getRecFineMin()
							: r.getRecFineMax().min(BigDecimal.valueOf(10_000));
			String outcome = fine == null ? "WARNING" : "WARNING_AND_FINE";
			step(run, () -> investigation.proposeHandling(as(insp), id, new CaseCommands.HandlingProposal(Disposition.PENALTY,
					outcome, fine, CORRECTION, AppClock.today().plusDays(CORRECTION_DAYS), "建议给予警告并处罚款，责令限期改正")));
			if (stop == Stop.PRIOR_NOTICE) {
				return id;
			}
			run.advance(2, 10);
			step(run, () -> hearings.priorNotice(as(insp), id, new CaseCommands.PriorNotice(AppClock.today(),
					ServiceMethod.DIRECT, null)));
			step(run, () -> dossier.complete(as(insp), id, false));
			if (stop == Stop.STATEMENT) {
				return id;
			}
			run.advance(4, 16);
			// the party states its case and, in the record of it, waives further statement and (unless it asks for
			// one) a hearing: without the waivers the windows would stay open (行政处罚法第六十二条)
			boolean hearingRight = queries.getUnchecked(id).isHearingRight();
			LocalDate stated = AppClock.today();
			step(run, () -> hearings.recordStatement(as(insp), id, new CaseCommands.Statement(true, "我单位已整改", big,
					big ? stated : null, null, null, "申辩理由不成立，维持拟处罚", stated, CaseEnums.WaiverMethod.ORAL_RECORDED,
					hearingRight && !big ? stated : null, hearingRight && !big ? CaseEnums.WaiverMethod.WRITTEN : null)));
			if (big) {
				if (stop == Stop.SCHEDULE_HEARING) {
					return id;
				}
				run.advance(1, 9);
				LocalDate hearing = hearings.hearingEarliest();
				step(run, () -> hearings.scheduleHearing(as(insp), id, new CaseCommands.HearingNotice(hearing, b.user("legal"),
						"通知听证")));
				step(run, () -> dossier.complete(as(insp), id, false));
				if (stop == Stop.RECORD_HEARING) {
					return id;
				}
				run.advance((int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(AppClock.today(), hearing)), 10);
				// recorded by the chair the notice named
				step(run, () -> hearings.recordHearing(as(b.user("legal")), id, new CaseCommands.HearingRecord(true, null, null,
						"听证已举行，维持拟处罚")));
			}
		}
		job(run, pi, "Task_DetermineGates");
		EnforcementCase g = queries.getUnchecked(id);
		if (g.isLegalReviewRequired()) {
			if (stop == Stop.LEGAL_REVIEW) {
				return id;
			}
			run.advance(3, 11);
			step(run, () -> decisions.legalReview(as(b.user("legal")), id, new CaseCommands.LegalReview(true, "事实清楚，程序合法")));
		}
		if (g.isDiscussionRequired()) {
			if (stop == Stop.DISCUSSION) {
				return id;
			}
			run.advance(2, 15);
			step(run, () -> decisions.discuss(as(b.user("director")), id, new CaseCommands.Discussion("局长、分管领导、法制审核员",
					"同意处罚")));
		}
		if (stop == Stop.APPROVE_DECISION) {
			return id;
		}
		run.advance(2, 10);
		String approver = g.isMajorCase() ? b.user("director") : b.user("leader");
		step(run, () -> decisions.approveDecision(as(approver), id, new CaseCommands.Approval(true, "同意")));
		job(run, pi, "Task_IssueDecision");
		afterDecision(b, id, pi, stop, run);
		return id;
	}

	private void afterDecision(ProvinceData.BureauRow b, long id, String pi, Stop stop, Run run) {
		String insp = b.user("inspector1");
		EnforcementCase c = queries.getUnchecked(id);
		if (hasTask(pi, "Task_ServeDecision")) {
			if (stop == Stop.SERVE) {
				return;
			}
			run.advance(2, 10);
			step(run, () -> execution.serve(as(insp), id, new CaseCommands.Service(AppClock.today(), ServiceMethod.DIRECT,
					null)));
			step(run, () -> dossier.complete(as(insp), id, false));
		}
		if (hasTask(pi, "Task_Publish")) {
			if (stop == Stop.PUBLISH) {
				return;
			}
			run.advance(3, 10);
			step(run, () -> execution.publish(as(insp), id, new CaseCommands.Publication(AppClock.today(), null)));
		}
		if (hasTask(pi, "Task_RecordPayment")) {
			if (stop == Stop.PAYMENT) {
				return;
			}
			run.advance(7, 11);
			EnforcementCase p = queries.getUnchecked(id);
			step(run, () -> execution.recordPayment(as(insp), id, new CaseCommands.Payment(AppClock.today(), p.getFineAmount())));
		}
		if (hasJob(pi, "Task_OpenCorrection")) {
			job(run, pi, "Task_OpenCorrection");
			if (stop == Stop.RECHECK) {
				return;
			}
			// the named inspectors re-check once the period to correct has run
			run.advance(CORRECTION_DAYS + 1, 10);
			long correctionId = queries.getUnchecked(id).getCorrectionId();
			step(run, () -> corrections.recheck(as(b.user("inspector2")), correctionId, true, "经复查，当事人已按期改正"));
		}
		if (stop == Stop.CLOSURE) {
			return;
		}
		run.advance(5, 10);
		step(run, () -> dossier.complete(as(insp), id, false));
		step(run, () -> closure.approveClosure(as(b.user("leader")), id, new CaseCommands.Approval(true, "同意结案")));
		if (stop == Stop.ARCHIVE) {
			return;
		}
		run.advance(3, 15);
		String number = "JC" + c.getLeadNumber().substring(2);
		step(run, () -> dossier.complete(as(insp), id, true));
		step(run, () -> closure.archive(as(insp), id, new CaseCommands.Archive(number)));
	}

	private boolean hasJob(String pi, String activityId) {
		return management.createJobQuery().processInstanceId(pi).activityId(activityId).count() > 0;
	}

	private boolean hasTask(String pi, String key) {
		return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).active().count() > 0;
	}

	private static void step(Run run, Runnable r) {
		r.run();
		run.steps++;
	}

	/** Executes the asynchronous continuation the process waits at, as the job executor would. */
	private void job(Run run, String pi, String activityId) {
		Job j = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
		if (j == null) {
			throw new IllegalStateException("no job " + activityId + " for " + pi);
		}
		management.executeJob(j.getId());
		run.steps++;
	}

}
