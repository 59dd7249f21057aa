package cn.statenforce.interference;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.interference.process.InterferenceWorkflow;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;

import static cn.statenforce.interference.InterferenceAccess.REPORT;

/**
 * The periodic report of the interference register (定期报告; quarterly by default): opened for every bureau once its
 * period has ended, offered in 待办 to the designated recorders and the director, due the configured working days
 * after the period, reminded when overdue. With no record in the period the submitter confirms an explicit zero
 * report (零报告).
 */
@Service
public class InterferenceReportService {

	public static final String PROCESS_KEY = "interference-report";

	public static final String TASK_SUBMIT = "Task_SubmitInterferenceReport";

	public static final String VAR_REPORT_ID = "reportId";

	public static final String VAR_REGION_CODE = "regionCode";

	public static final String SUBJECT_REPORT = "INTERFERENCE_REPORT";

	private final InterferenceMapper mapper;

	private final InterferenceAccess access;

	private final InterferenceService records;

	private final InterferenceProperties properties;

	private final BureauService bureaus;

	private final WorkingDayCalendar calendar;

	private final InterferenceWorkflow workflow;

	private final ActivityLog activity;

	private final NotificationService notifications;

	InterferenceReportService(InterferenceMapper mapper, InterferenceAccess access, InterferenceService records,
			InterferenceProperties properties, BureauService bureaus, WorkingDayCalendar calendar, InterferenceWorkflow workflow, ActivityLog activity, NotificationService notifications) {
		this.mapper = mapper;
		this.access = access;
		this.records = records;
		this.properties = properties;
		this.bureaus = bureaus;
		this.calendar = calendar;
		this.workflow = workflow;
		this.activity = activity;
		this.notifications = notifications;
	}

	/**
	 * Scheduler step: every bureau gets the report of the last ended period, once (a bureau registered after that
	 * period ended starts with its first full period).
	 *
	 * @return the reports opened now
	 */
	@Transactional
	public List<InterferenceReport> openDueReports() {
		ReportPeriod period = ReportPeriod.containing(AppClock.today(), properties.reportPeriodMonths()).previous();
		List<InterferenceReport> opened = new java.util.ArrayList<>();
		for (Bureau b : bureaus.bureaus()) {
			if (period.end().isBefore(b.createdAt().toLocalDate())
					|| mapper.selectReportOfPeriod(b.id(), period.year(), period.months(), period.index()) != null) {
				continue;
			}
			var row = new InterferenceMapper.ReportRow();
			row.bureauId = b.id();
			row.reportNumber = "GY" + b.regionCode() + "-" + period.year() + "-" + period.code();
			row.periodYear = period.year();
			row.periodIndex = period.index();
			row.periodMonths = period.months();
			row.periodStart = period.start();
			row.periodEnd = period.end();
			row.dueOn = calendar.addWorkingDays(period.end(), properties.reportDueWorkingDays());
			row.createdAt = AppClock.now();
			mapper.insertReport(row);
			Map<String, Object> vars = new HashMap<>();
			vars.put(VAR_REPORT_ID, row.id);
			vars.put(VAR_REGION_CODE, b.regionCode());
			String pid = workflow.start(PROCESS_KEY, row.reportNumber, vars);
			mapper.updateReportProcess(row.id, pid);
			activity.record(AuditActor.TIMER, b.id(), SUBJECT_REPORT, row.id, "REPORT_DUE", null,
					period.label() + "干预记录定期报告待报送，报送期限 " + row.dueOn);
			opened.add(mapper.selectReport(row.id));
		}
		return opened;
	}

	/**
	 * 报送: counts the period's records now; with none the submitter must confirm the zero report, with some a zero
	 * report is refused.
	 */
	@Transactional
	public InterferenceReport submit(CurrentUser user, long reportId, boolean zeroConfirmed, String statement) {
		InterferenceReport r = report(user, reportId);
		if (!access.readsRegister(user, r.bureauId())) {
			throw new NotFoundException(REPORT + "不存在或无权查看");
		}
		Task task = workflow.current(user, r.processInstanceId(), TASK_SUBMIT);
		String text = Inputs.optional("statement", "报告说明", statement, 2000);
		LocalDate to = r.periodEnd().plusDays(1);
		int count = (int) mapper.countOccurred(List.of(r.bureauId()), r.periodStart(), to, false);
		int late = (int) mapper.countOccurred(List.of(r.bureauId()), r.periodStart(), to, true);
		if (count == 0 && !zeroConfirmed) {
			throw new BadRequestException("zeroReport", "本期没有干预记录，请勾选确认零报告后报送");
		}
		if (count > 0 && zeroConfirmed) {
			throw new BadRequestException("zeroReport", "本期有" + count + "条干预记录，不能作零报告");
		}
		if (mapper.updateReportSubmitted(r.id(), count, late, count == 0, text, user.username(), user.displayName(),
				AppClock.now()) != 1) {
			throw new ConflictException("该报告已报送");
		}
		workflow.complete(user, task, Map.of());
		String what = r.period().label() + "干预记录定期报告已报送：" + (count == 0 ? "零报告" : "记录" + count + "条（其中补记" + late + "条）");
		activity.record(AuditActor.user(user), r.bureauId(), SUBJECT_REPORT, r.id(), "REPORT_SUBMITTED", text, what);
		List<String> readers = records.registerReaders(r.bureauId()).stream().filter(u -> !u.equals(user.username())).toList();
		notifications.send(r.bureauId(), readers, new NotificationService.Message("INFO", "干预记录定期报告已报送", what,
				"/interference/reports/" + r.id(), SUBJECT_REPORT, r.id()));
		return mapper.selectReport(r.id());
	}

	/** Delegate: the report is overdue; reminds the recorders and the director. */
	@Transactional
	public void remindOverdue(long reportId) {
		InterferenceReport r = reportUnchecked(reportId);
		if (r.submitted()) {
			return;
		}
		notifications.send(r.bureauId(), records.registerReaders(r.bureauId()), new NotificationService.Message("OVERDUE",
				"干预记录定期报告逾期未报送", r.period().label() + "干预记录定期报告应于 " + r.dueOn() + " 前报送，请尽快报送（本期无记录的作零报告）。",
				"/interference/reports/" + r.id(), SUBJECT_REPORT, r.id()));
		activity.record(AuditActor.TIMER, r.bureauId(), SUBJECT_REPORT, r.id(), "REPORT_OVERDUE", null, "逾期未报送，已提醒");
	}

	/** Reports the user may see: own bureau and below, for directors and designated recorders; otherwise none. */
	public List<InterferenceReport> reports(CurrentUser user) {
		List<Long> ids = bureaus.readableBureauIds(user).stream().filter(b -> access.readsReports(user, b)).toList();
		return ids.isEmpty() ? List.of() : mapper.selectReports(ids);
	}

	public InterferenceReport report(CurrentUser user, long id) {
		InterferenceReport r = mapper.selectReport(id);
		if (r == null || !access.readsReports(user, r.bureauId())) {
			throw new NotFoundException(REPORT + "不存在或无权查看");
		}
		return r;
	}

	/** The period's records, for the register's readers of the report's own bureau; empty for anyone else. */
	public List<InterferenceRecord> recordsOf(CurrentUser user, InterferenceReport r) {
		if (!access.readsRegister(user, r.bureauId())) {
			return List.of();
		}
		return mapper.selectRecords(r.bureauId(), null, r.periodStart(), r.periodEnd().plusDays(1));
	}

	/** Whether the user may submit it now (the report's task is open and they read the register). */
	public boolean maySubmit(CurrentUser user, InterferenceReport r) {
		return !r.submitted() && access.readsRegister(user, r.bureauId());
	}

	public InterferenceReport reportUnchecked(long id) {
		InterferenceReport r = mapper.selectReport(id);
		if (r == null) {
			throw new NotFoundException(REPORT + "不存在: " + id);
		}
		return r;
	}

	public InterferenceReport reportByNumber(String number) {
		return mapper.selectReportByNumber(number);
	}

	public List<InterferenceReport> reportsByNumbers(Collection<String> numbers) {
		return numbers.isEmpty() ? List.of() : mapper.selectReportsByNumbers(numbers);
	}

	/** Who is offered the report besides the director group: the designated recorders. */
	public List<String> recorders(long reportId) {
		return mapper.selectRecorders(reportUnchecked(reportId).bureauId());
	}

	public String bureauName(long bureauId) {
		return bureaus.bureau(bureauId).name();
	}

}
