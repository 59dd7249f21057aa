package cn.statenforce.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.complaint.process.ComplaintWorkflow;
import cn.statenforce.activity.ActivityEntry;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.complaint.ComplaintCommands.PublicReceipt;
import cn.statenforce.complaint.ComplaintCommands.PublicStatus;
import cn.statenforce.complaint.ComplaintEnums.Channel;
import cn.statenforce.complaint.ComplaintEnums.ComplaintStatus;
import cn.statenforce.complaint.ComplaintEnums.HandlingResult;
import cn.statenforce.complaint.ComplaintEnums.ToldMethod;
import cn.statenforce.complaint.ComplaintEnums.TriageDecision;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.Xlsx;
import cn.statenforce.shared.handover.LeadHandover;
import cn.statenforce.shared.handover.LeadIntake;
import cn.statenforce.shared.handover.LeadReference;

/**
 * Complaints from intake to feedback. Inspectors, leaders and directors read their bureau's complaints (an upper
 * bureau those below, read-only); the reporter's identity is shown only to the complaint's handler and to the
 * leaders and director of its own bureau, and never in lists, timelines, notifications, exports or task lists.
 */
@Service
public class ComplaintService {

	public static final String PROCESS_KEY = "complaint";

	public static final String TASK_TRIAGE = "Task_TriageComplaint";

	public static final String TASK_APPROVE_TRIAGE = "Task_ApproveTriage";

	public static final String TASK_HANDLE = "Task_HandleComplaint";

	public static final String VAR_COMPLAINT_ID = "complaintId";

	public static final String VAR_REGION_CODE = "regionCode";

	public static final String VAR_APPROVED = "approved";

	public static final String VAR_DECISION = "decision";

	public static final String SUBJECT = "COMPLAINT";

	static final String WHAT = "举报";

	private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final ComplaintMapper mapper;

	private final ComplaintProperties properties;

	private final BureauService bureaus;

	private final UserService users;

	private final SequenceService sequences;

	private final WorkingDayCalendar calendar;

	private final ComplaintWorkflow workflow;

	private final AttachmentService attachments;

	private final ActivityLog activity;

	private final NotificationService notifications;

	private final LeadIntake leads;

	private final SecureRandom random = new SecureRandom();

	ComplaintService(ComplaintMapper mapper, ComplaintProperties properties, BureauService bureaus, UserService users,
			SequenceService sequences, WorkingDayCalendar calendar, ComplaintWorkflow workflow,
			AttachmentService attachments, ActivityLog activity, NotificationService notifications, LeadIntake leads) {
		this.mapper = mapper;
		this.properties = properties;
		this.bureaus = bureaus;
		this.users = users;
		this.sequences = sequences;
		this.calendar = calendar;
		this.workflow = workflow;
		this.attachments = attachments;
		this.activity = activity;
		this.notifications = notifications;
		this.leads = leads;
	}

	public static boolean mayRead(CurrentUser user) {
		return user.hasAnyRole(Role.INSPECTOR, Role.LEADER, Role.DIRECTOR);
	}

	/** The handler, and the leaders and director of the complaint's own bureau (统计法实施条例第三十八条). */
	static boolean reporterVisible(CurrentUser user, Complaint c) {
		return user.bureauId().equals(c.bureauId())
				&& (user.username().equals(c.handler()) || user.hasAnyRole(Role.LEADER, Role.DIRECTOR));
	}

	// intake

	/**
	 * 网上举报: a report from the public page. The rate limits count the reports of the last hour from the client's
	 * address (stored only as a salted hash) and from everyone.
	 */
	@Transactional
	public PublicReceipt submitPublic(ComplaintCommands.PublicSubmission s, String clientAddress) {
		Bureau b = s.bureauId() == null ? null : bureaus.bureaus().stream().filter(x -> x.id().equals(s.bureauId())).findFirst().orElse(null);
		if (b == null) {
			throw new BadRequestException("bureauId", "请选择受理举报的统计局");
		}
		var row = reportRow(s.reportedUnit(), s.reportedPlace(), s.content(), s.anonymous(), s.reporterName(),
				s.reporterPhone(), s.reporterEmail(), null);
		if (!s.anonymous() && row.reporterPhone == null && row.reporterEmail == null) {
			throw new BadRequestException("reporterPhone", "实名举报请留下联系电话或电子邮箱，以便告知受理和办理情况");
		}
		LocalDateTime now = AppClock.now();
		String client = sha256(properties.clientSalt() + ":" + (clientAddress == null ? "" : clientAddress));
		if (mapper.countWebSince(client, now.minusHours(1)) >= properties.perAddressPerHour()) {
			throw new RateLimitedException("您提交的举报过于频繁，请一小时后再试，或拨打举报电话");
		}
		if (mapper.countWebSince(null, now.minusHours(1)) >= properties.globalPerHour()) {
			throw new RateLimitedException("网上举报提交量过大，请稍后再试，或拨打举报电话");
		}
		String code = queryCode();
		row.channel = Channel.WEB.name();
		row.receivedAt = now;
		row.clientHash = client;
		row.queryCodeHash = sha256(code);
		Complaint c = start(AuditActor.PUBLIC_INTAKE, b, row);
		return new PublicReceipt(c.complaintNumber(), code, c.ackDue(), b.name());
	}

	/** Staff entry of a report by phone, mail, e-mail, visit or referral; an inspector who enters it handles it. */
	@Transactional
	public ComplaintView register(CurrentUser user, ComplaintCommands.StaffEntry e, List<FileUpload> files) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有执法人员和局领导可以登记举报");
		}
		Channel channel = Inputs.oneOf("channel", "举报渠道", Channel.class, e.channel());
		if (channel == Channel.WEB) {
			throw new BadRequestException("channel", "网上举报由举报人在举报页面提交");
		}
		LocalDateTime received = Inputs.present("receivedAt", "收到时间", e.receivedAt());
		if (received.isAfter(AppClock.now())) {
			throw new BadRequestException("receivedAt", "收到时间不能晚于现在");
		}
		var row = reportRow(e.reportedUnit(), e.reportedPlace(), e.content(), e.anonymous(), e.reporterName(),
				e.reporterPhone(), e.reporterEmail(), e.reporterAddress());
		files.forEach(attachments::check);
		row.channel = channel.name();
		row.receivedAt = received.withNano(0);
		row.registeredBy = user.username();
		if (user.hasRole(Role.INSPECTOR)) {
			row.handler = user.username();
			row.handlerName = user.displayName();
		}
		Complaint c = start(AuditActor.user(user), bureaus.bureau(user.bureauId()), row);
		attachments.store(c.bureauId(), SUBJECT, c.id(), files, user.username());
		return ComplaintView.of(c, reporterVisible(user, c));
	}

	private ComplaintMapper.ComplaintRow reportRow(String unit, String place, String content, boolean anonymous,
			String name, String phone, String email, String address) {
		var row = new ComplaintMapper.ComplaintRow();
		row.reportedUnit = Inputs.required("reportedUnit", "被举报单位或人员", unit, 200);
		row.reportedPlace = Inputs.optional("reportedPlace", "所在地点", place, 200);
		row.content = Inputs.required("content", "举报事项", content, 2000);
		if (row.content.codePointCount(0, row.content.length()) < 10) {
			throw new BadRequestException("content", "请具体描述举报事项（不少于10字）");
		}
		row.anonymous = anonymous;
		if (!anonymous) {
			row.reporterName = Inputs.required("reporterName", "举报人姓名", name, 64);
			row.reporterPhone = Inputs.optional("reporterPhone", "联系电话", phone, 32);
			if (row.reporterPhone != null && !row.reporterPhone.matches("[0-9+\\- ()]{5,32}")) {
				throw new BadRequestException("reporterPhone", "联系电话格式不正确");
			}
			row.reporterEmail = Inputs.optional("reporterEmail", "电子邮箱", email, 100);
			if (row.reporterEmail != null && !row.reporterEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new BadRequestException("reporterEmail", "电子邮箱格式不正确");
			}
			row.reporterAddress = Inputs.optional("reporterAddress", "通信地址", address, 200);
		}
		return row;
	}

	private Complaint start(AuditActor actor, Bureau b, ComplaintMapper.ComplaintRow row) {
		int year = row.receivedAt.getYear();
		row.bureauId = b.id();
		row.complaintNumber = String.format("JB%s-%d-%04d", b.regionCode(), year, sequences.next(b.id(), "COMPLAINT", year));
		row.ackDue = calendar.nextWorkingDayFrom(row.receivedAt.toLocalDate().plusDays(properties.acknowledgementDays()));
		mapper.insertComplaint(row);
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_COMPLAINT_ID, row.id);
		vars.put(VAR_REGION_CODE, b.regionCode());
		mapper.updateProcess(row.id, workflow.start(PROCESS_KEY, row.complaintNumber, vars));
		Channel channel = Channel.valueOf(row.channel);
		activity.record(actor, b.id(), SUBJECT, row.id, "RECEIVED", null,
				"收到" + channel.label() + "（" + (row.anonymous ? "匿名" : "实名") + "），受理告知期限 " + row.ackDue);
		notifications.send(b.id(), usernames(b.id(), Role.LEADER), new NotificationService.Message("TASK", "收到举报",
				row.complaintNumber + "（" + channel.label() + "），被举报单位：" + row.reportedUnit + "。请安排分办，" + row.ackDue
						+ " 前告知举报人是否受理。", "/complaints/" + row.id, SUBJECT, row.id));
		return mapper.selectComplaint(row.id);
	}

	// steps

	/** Task listener: whoever holds the triage task handles the complaint (until the triage is proposed). */
	@Transactional
	public void assignHandler(long id, String username) {
		UserSummary u = username == null ? null : users.byUsernames(List.of(username)).get(username);
		mapper.updateHandler(id, u == null ? null : u.username(), u == null ? null : u.displayName());
	}

	/** 分办: the inspector proposes accept / pass on / outside the remit and what the reporter will be told. */
	@Transactional
	public ComplaintView triage(CurrentUser user, long id, ComplaintCommands.Triage cmd) {
		return triage(user, id, null, cmd);
	}

	/** {@link #triage(CurrentUser, long, ComplaintCommands.Triage)} on the version the user read (409 when stale). */
	@Transactional
	public ComplaintView triage(CurrentUser user, long id, Integer expectedVersion, ComplaintCommands.Triage cmd) {
		Complaint c = writable(user, id);
		int version = RowVersions.expected(expectedVersion, c.rowVersion(), WHAT);
		Task task = workflow.current(user, c.processInstanceId(), TASK_TRIAGE);
		TriageDecision decision = Inputs.oneOf("decision", "分办意见", TriageDecision.class, cmd.decision());
		String opinion = Inputs.required("opinion", "分办理由", cmd.opinion(), 1000);
		String passTo = decision == TriageDecision.PASS_ON ? Inputs.required("passTo", "转办部门", cmd.passTo(), 200) : null;
		ToldMethod told = Inputs.oneOf("toldMethod", "告知方式", ToldMethod.class, cmd.toldMethod());
		checkTold("toldMethod", c, told);
		String reply = told == ToldMethod.UNREACHABLE ? Inputs.optional("replyToReporter", "告知内容", cmd.replyToReporter(), 1000)
				: Inputs.required("replyToReporter", "告知举报人的内容", cmd.replyToReporter(), 1000);
		if (mapper.updateTriage(id, version, decision.name(), opinion, passTo, reply, told.name(), user.username(), user.displayName()) != 1) {
			throw new ConflictException("该举报已分办");
		}
		workflow.complete(user, task, Map.of());
		activity.record(AuditActor.user(user), c.bureauId(), SUBJECT, id, "TRIAGED", opinion, "分办意见：" + decision.label()
				+ (passTo == null ? "" : "（" + passTo + "）"));
		notifications.send(c.bureauId(), usernames(c.bureauId(), Role.LEADER), new NotificationService.Message("TASK",
				"举报分办待审批", c.complaintNumber() + "：" + decision.label(), "/complaints/" + id, SUBJECT, id));
		return view(user, id);
	}

	/** 审批分办: the leader approves (the reporter is told; an accepted report's handling period starts) or returns it. */
	@Transactional
	public ComplaintView approveTriage(CurrentUser user, long id, ComplaintCommands.Approval cmd) {
		return approveTriage(user, id, null, cmd);
	}

	/** {@link #approveTriage(CurrentUser, long, ComplaintCommands.Approval)} on the version the user read. */
	@Transactional
	public ComplaintView approveTriage(CurrentUser user, long id, Integer expectedVersion, ComplaintCommands.Approval cmd) {
		Complaint c = writable(user, id);
		int version = RowVersions.expected(expectedVersion, c.rowVersion(), WHAT);
		Task task = workflow.current(user, c.processInstanceId(), TASK_APPROVE_TRIAGE);
		TriageDecision decision = TriageDecision.valueOf(c.triageDecision());
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_APPROVED, cmd.approved());
		if (cmd.approved()) {
			String opinion = Inputs.optional("opinion", "审批意见", cmd.opinion(), 1000);
			LocalDateTime now = AppClock.now();
			boolean accept = decision == TriageDecision.ACCEPT;
			ComplaintStatus status = switch (decision) {
				case ACCEPT -> ComplaintStatus.ACCEPTED;
				case PASS_ON -> ComplaintStatus.PASSED_ON;
				case OUTSIDE_REMIT -> ComplaintStatus.OUTSIDE_REMIT;
			};
			LocalDate due = accept ? calendar.nextWorkingDayFrom(now.toLocalDate().plusDays(properties.handlingDays())) : null;
			if (mapper.updateTriageDecided(id, version, status.name(), user.username(), now, due, accept ? null : now) != 1) {
				throw new ConflictException("该举报的分办已审批");
			}
			vars.put(VAR_DECISION, decision.name());
			workflow.complete(user, task, vars);
			activity.record(AuditActor.user(user), c.bureauId(), SUBJECT, id, "TRIAGE_APPROVED", opinion, "同意分办：" + decision.label()
					+ (accept ? "，办理期限 " + due : "，已告知举报人") );
		}
		else {
			String opinion = Inputs.required("opinion", "退回理由", cmd.opinion(), 1000);
			if (mapper.updateTriageReturned(id, version) != 1) {
				throw new ConflictException("该举报的分办已审批");
			}
			workflow.complete(user, task, vars);
			activity.record(AuditActor.user(user), c.bureauId(), SUBJECT, id, "TRIAGE_RETURNED", opinion, "退回重新分办");
		}
		return view(user, id);
	}

	/**
	 * 核查办理: the handler records the result and the feedback to the reporter; a violation found becomes a lead of the
	 * enforcement case process (source 举报) through {@link LeadIntake}, without the reporter's identity.
	 */
	@Transactional
	public ComplaintView handle(CurrentUser user, long id, ComplaintCommands.Handling cmd, List<FileUpload> files) {
		return handle(user, id, null, cmd, files);
	}

	/** {@link #handle(CurrentUser, long, ComplaintCommands.Handling, List)} on the version the user read. */
	@Transactional
	public ComplaintView handle(CurrentUser user, long id, Integer expectedVersion, ComplaintCommands.Handling cmd,
			List<FileUpload> files) {
		Complaint c = writable(user, id);
		int version = RowVersions.expected(expectedVersion, c.rowVersion(), WHAT);
		Task task = workflow.current(user, c.processInstanceId(), TASK_HANDLE);
		HandlingResult result = Inputs.oneOf("result", "办理结果", HandlingResult.class, cmd.result());
		String summary = Inputs.required("summary", "核查情况", cmd.summary(), 2000);
		ToldMethod method = Inputs.oneOf("feedbackMethod", "反馈方式", ToldMethod.class, cmd.feedbackMethod());
		checkTold("feedbackMethod", c, method);
		String feedback = method == ToldMethod.UNREACHABLE ? Inputs.optional("feedback", "反馈内容", cmd.feedback(), 1000)
				: Inputs.required("feedback", "反馈举报人的内容", cmd.feedback(), 1000);
		files.forEach(attachments::check);
		LeadReference lead = null;
		if (result == HandlingResult.CASE_LEAD) {
			if (!user.hasRole(Role.INSPECTOR)) {
				throw new ConflictException("转为案件线索须由执法人员办理");
			}
			Long enterpriseId = Inputs.present("enterpriseId", "名录库中的被举报单位", cmd.enterpriseId());
			LocalDate conduct = Inputs.notFuture("conductDate", "违法行为发生日期", cmd.conductDate());
			lead = leads.registerLead(new LeadHandover(c.bureauId(), "REPORT", enterpriseId, summary, List.of(user.username()),
					conduct, SUBJECT, c.id()));
		}
		if (mapper.updateHandled(id, version, result.name(), summary, cmd.enterpriseId() == null || lead == null ? null : cmd.enterpriseId(),
				lead == null ? null : lead.id(), lead == null ? null : lead.businessKey(), feedback, method.name(),
				AppClock.now()) != 1) {
			throw new ConflictException("该举报已办结");
		}
		attachments.store(c.bureauId(), SUBJECT, id, files, user.username());
		workflow.complete(user, task, Map.of());
		activity.record(AuditActor.user(user), c.bureauId(), SUBJECT, id, "HANDLED", summary, "办结：" + result.label()
				+ (lead == null ? "" : "，线索编号 " + lead.businessKey()) + "；" + method.label());
		return view(user, id);
	}

	private static void checkTold(String field, Complaint c, ToldMethod m) {
		boolean reachable = !c.anonymous() && (c.reporterPhone() != null || c.reporterEmail() != null || c.reporterAddress() != null);
		if (m == ToldMethod.UNREACHABLE && reachable) {
			throw new BadRequestException(field, "举报人留有联系方式，应当告知");
		}
		if (m == ToldMethod.ONLINE && !Channel.WEB.name().equals(c.channel())) {
			throw new BadRequestException(field, "只有网上举报可以通过网上查询告知");
		}
	}

	/** Delegate: the acknowledgement period ended without an approved triage. */
	@Transactional
	public void remindAcknowledgement(long id) {
		Complaint c = unchecked(id);
		ComplaintStatus s = ComplaintStatus.valueOf(c.status());
		if (s != ComplaintStatus.RECEIVED && s != ComplaintStatus.PROPOSED) {
			return;
		}
		mapper.updateReminded(id, AppClock.today());
		Set<String> to = new LinkedHashSet<>(usernames(c.bureauId(), Role.LEADER));
		if (c.handler() != null) {
			to.add(c.handler());
		}
		notifications.send(c.bureauId(), to, new NotificationService.Message("OVERDUE", "举报受理告知期限已到",
				c.complaintNumber() + " 应于 " + c.ackDue() + " 前告知举报人是否受理，目前尚未完成分办审批。", "/complaints/" + id, SUBJECT, id));
		activity.record(AuditActor.TIMER, c.bureauId(), SUBJECT, id, "ACK_OVERDUE", null, "受理告知期限已到，已提醒");
	}

	/** Delegate: the handling period ended; the handler, the leaders and the director are told. */
	@Transactional
	public void escalateHandling(long id) {
		Complaint c = unchecked(id);
		if (!ComplaintStatus.ACCEPTED.name().equals(c.status())) {
			return;
		}
		mapper.updateEscalated(id, AppClock.today());
		Set<String> to = new LinkedHashSet<>();
		if (c.handler() != null) {
			to.add(c.handler());
		}
		to.addAll(usernames(c.bureauId(), Role.LEADER));
		to.addAll(usernames(c.bureauId(), Role.DIRECTOR));
		notifications.send(c.bureauId(), to, new NotificationService.Message("ESCALATION", "举报办理逾期",
				c.complaintNumber() + " 办理期限 " + c.handlingDue() + " 已过，尚未办结，请督办。", "/complaints/" + id, SUBJECT, id));
		activity.record(AuditActor.TIMER, c.bureauId(), SUBJECT, id, "HANDLING_OVERDUE", null, "办理逾期，已报局领导督办");
	}

	// reads

	/** The list: never with the reporter's identity, whoever asks. */
	public List<ComplaintView> complaints(CurrentUser user, String status, Integer year) {
		requireReader(user);
		return mapper.selectComplaints(bureaus.readableBureauIds(user), status == null || status.isBlank() ? null : status, year)
			.stream().map(c -> ComplaintView.of(c, false)).toList();
	}

	public ComplaintView view(CurrentUser user, long id) {
		Complaint c = readable(user, id);
		return ComplaintView.of(c, reporterVisible(user, c));
	}

	/** Evidence may name the reporter (a call record): only for those who see the reporter. */
	public List<Attachment> attachments(CurrentUser user, long id) {
		Complaint c = readable(user, id);
		return reporterVisible(user, c) ? attachments.list(SUBJECT, id) : List.of();
	}

	public AttachmentService.AttachmentFile attachment(CurrentUser user, long id, long attachmentId) {
		Complaint c = readable(user, id);
		if (!reporterVisible(user, c)) {
			throw new NotFoundException("佐证材料不存在或无权查看");
		}
		return attachments.file(SUBJECT, id, attachmentId);
	}

	public List<ActivityEntry> timeline(CurrentUser user, long id) {
		return activity.timeline(SUBJECT, readable(user, id).id());
	}

	/** 举报登记表 as XLSX: no reporter identity, only whether the report was anonymous. */
	public byte[] export(CurrentUser user, Integer year) {
		List<List<?>> rows = new ArrayList<>();
		for (ComplaintView c : complaints(user, null, year)) {
			rows.add(java.util.Arrays.asList(c.complaintNumber(), c.channelLabel(), c.receivedAt(), c.anonymous() ? "匿名" : "实名（身份保密）",
					c.reportedUnit(), c.content(), c.statusLabel(), c.triageDecisionLabel(), c.passTo(), c.handlingResultLabel(),
					c.leadNumber(), c.handlerName(), c.ackDue(), c.handlingDue(), c.closedAt()));
		}
		return Xlsx.write("举报受理登记", List.of("编号", "渠道", "收到时间", "举报方式", "被举报单位或人员", "举报事项", "状态", "分办意见", "转办部门",
				"办理结果", "案件线索编号", "承办人", "告知期限", "办理期限", "办结时间"), rows);
	}

	/** 举报查询: the reporter's view, with the number and the query code; 404 for any mismatch. */
	public PublicStatus publicStatus(String number, String code) {
		Complaint c = number == null ? null : mapper.selectByNumber(number.strip());
		String stored = c == null ? null : mapper.selectQueryCodeHash(c.id());
		if (c == null || stored == null || code == null || !MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				sha256(code.strip().toUpperCase()).getBytes(StandardCharsets.US_ASCII))) {
			throw new NotFoundException("举报编号或查询码不正确");
		}
		boolean told = c.triageApprovedAt() != null;
		return new PublicStatus(c.complaintNumber(), told ? ComplaintStatus.valueOf(c.status()).label() : "已收到，正在分办",
				c.ackDue(), told ? c.replyToReporter() : null, ComplaintStatus.HANDLED.name().equals(c.status()) ? c.feedback() : null);
	}

	public boolean isAt(ComplaintView c, String taskKey) {
		return workflow.isAt(unchecked(c.id()).processInstanceId(), taskKey);
	}

	Complaint unchecked(long id) {
		Complaint c = mapper.selectComplaint(id);
		if (c == null) {
			throw new NotFoundException(WHAT + "不存在: " + id);
		}
		return c;
	}

	/** For the process: the handler (null while nobody holds it), deadlines. */
	public String handlerOf(long id) {
		return unchecked(id).handler();
	}

	public LocalDate acknowledgementDue(long id) {
		return unchecked(id).ackDue();
	}

	public LocalDate handlingDue(long id) {
		return unchecked(id).handlingDue();
	}

	/** Task lists: the reported unit, never the reporter. */
	public Map<String, ComplaintView> byNumbers(Collection<String> numbers) {
		Map<String, ComplaintView> m = new HashMap<>();
		if (!numbers.isEmpty()) {
			mapper.selectByNumbers(numbers).forEach(c -> m.put(c.complaintNumber(), ComplaintView.of(c, false)));
		}
		return m;
	}

	public List<String> numbersByUnit(List<Long> bureauIds, String text) {
		return bureauIds.isEmpty() ? List.of() : mapper.selectNumbersByUnit(bureauIds, text);
	}

	/**
	 * 年度统计: received by the time received, accepted by the time the acceptance was approved, closed by the time
	 * closed. The caller has checked the data scope.
	 */
	public ComplaintAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		if (bureauIds.isEmpty()) {
			return new ComplaintAnnualFigures(year, 0, 0, 0, 0, 0);
		}
		LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
		LocalDateTime to = from.plusYears(1);
		return new ComplaintAnnualFigures(year, mapper.countReceived(bureauIds, from, to, null),
				mapper.countReceived(bureauIds, from, to, Channel.WEB.name()), mapper.countAccepted(bureauIds, from, to),
				mapper.countClosed(bureauIds, from, to, null), mapper.countClosed(bureauIds, from, to, HandlingResult.CASE_LEAD.name()));
	}

	private Complaint readable(CurrentUser user, long id) {
		Complaint c = mapper.selectComplaint(id);
		if (c == null || !mayRead(user)) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, c.bureauId(), WHAT);
		return c;
	}

	private Complaint writable(CurrentUser user, long id) {
		Complaint c = readable(user, id);
		bureaus.ensureWritable(user, c.bureauId(), WHAT);
		return c;
	}

	private List<String> usernames(long bureauId, Role role) {
		return users.usersWithRole(bureauId, role).stream().filter(UserSummary::enabled).map(UserSummary::username).toList();
	}

	private static void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有执法人员和局领导可以查看举报");
		}
	}

	private String queryCode() {
		char[] c = new char[10];
		for (int i = 0; i < c.length; i++) {
			c[i] = CODE_CHARS[random.nextInt(CODE_CHARS.length)];
		}
		return new String(c);
	}

	static String sha256(String s) {
		return AttachmentService.sha256(s.getBytes(StandardCharsets.UTF_8));
	}

}
