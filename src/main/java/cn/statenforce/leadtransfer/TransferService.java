package cn.statenforce.leadtransfer;

import java.time.LocalDate;
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
import cn.statenforce.leadtransfer.process.TransferWorkflow;
import cn.statenforce.activity.ActivityEntry;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseParts;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.leadtransfer.TransferEnums.RecipientType;
import cn.statenforce.leadtransfer.TransferEnums.ReplyResult;
import cn.statenforce.leadtransfer.TransferEnums.SanctionType;
import cn.statenforce.leadtransfer.TransferEnums.TransferStatus;
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
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.NotFoundException;

/**
 * Lead transfers: registration (from a case, whose evidence list becomes the material list, or standalone), the
 * director's approval with the transfer letter number (文号), the reminder and escalation while the written reply is
 * awaited, and the reply. Staff of enforcement (inspectors, legal reviewers, leaders, directors) read their bureau's
 * transfers and, in an upper bureau, those below; only the own bureau changes them.
 */
@Service
public class TransferService {

	public static final String PROCESS_KEY = "lead-transfer";

	public static final String TASK_APPROVE = "Task_ApproveTransfer";

	public static final String TASK_AWAIT_REPLY = "Task_AwaitReply";

	public static final String VAR_TRANSFER_ID = "transferId";

	public static final String VAR_REGION_CODE = "regionCode";

	public static final String VAR_APPROVED = "approved";

	public static final String SUBJECT = "LEAD_TRANSFER";

	static final String WHAT = "移送线索";

	private final TransferMapper mapper;

	private final TransferProperties properties;

	private final BureauService bureaus;

	private final UserService users;

	private final CaseQueryService cases;

	private final SequenceService sequences;

	private final WorkingDayCalendar calendar;

	private final TransferWorkflow workflow;

	private final AttachmentService attachments;

	private final ActivityLog activity;

	private final NotificationService notifications;

	TransferService(TransferMapper mapper, TransferProperties properties, BureauService bureaus, UserService users,
			CaseQueryService cases, SequenceService sequences, WorkingDayCalendar calendar, TransferWorkflow workflow, AttachmentService attachments, ActivityLog activity, NotificationService notifications) {
		this.mapper = mapper;
		this.properties = properties;
		this.bureaus = bureaus;
		this.users = users;
		this.cases = cases;
		this.sequences = sequences;
		this.calendar = calendar;
		this.workflow = workflow;
		this.attachments = attachments;
		this.activity = activity;
		this.notifications = notifications;
	}

	public static boolean mayRead(CurrentUser user) {
		return user.hasAnyRole(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR);
	}

	/** 登记移送线索: starts the transfer, waiting for the director's approval. */
	@Transactional
	public LeadTransfer register(CurrentUser user, TransferCommands.Register cmd, List<FileUpload> files) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有执法人员、法制审核人员和局领导可以登记移送线索");
		}
		var row = new TransferMapper.TransferRow();
		List<String> caseMaterials = new ArrayList<>();
		if (cmd.caseId() != null) {
			CaseDetails d = cases.details(user, cmd.caseId());
			EnforcementCase c = d.enforcementCase();
			bureaus.ensureWritable(user, c.getBureauId(), "案件");
			row.caseId = c.getId();
			row.caseNumber = c.displayNumber();
			caseMaterials.add("案件材料：" + c.displayNumber() + " " + c.getCause());
			if (c.getDecisionNumber() != null) {
				caseMaterials.add("处理决定书：" + c.getDecisionNumber());
			}
			for (CaseParts.Evidence e : d.evidence()) {
				caseMaterials.add(e.kindLabel() + "：" + e.title() + (e.collectedOn() == null ? "" : "（" + e.collectedOn() + "）"));
			}
		}
		row.personName = Inputs.required("personName", "被移送人员姓名", cmd.personName(), 64);
		row.personPost = Inputs.required("personPost", "职务", cmd.personPost(), 100);
		row.personUnit = Inputs.required("personUnit", "工作单位", cmd.personUnit(), 200);
		row.partyMember = cmd.partyMember();
		row.publicServant = cmd.publicServant();
		row.conduct = Inputs.required("conduct", "涉嫌违纪违法的问题", cmd.conduct(), 2000);
		row.recipientType = Inputs.oneOf("recipientType", "移送对象", RecipientType.class, cmd.recipientType()).name();
		row.recipientName = Inputs.required("recipientName", "接收机关名称", cmd.recipientName(), 200);
		List<String> other = cmd.materials() == null ? List.of()
				: cmd.materials().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		for (String m : other) {
			Inputs.required("materials", "移送材料（每行一项）", m, 300);
		}
		if (caseMaterials.isEmpty() && other.isEmpty() && (files == null || files.isEmpty())) {
			throw new BadRequestException("materials", "请列明移送的材料，或选择来源案件、上传材料");
		}
		files.forEach(attachments::check);
		Bureau b = bureaus.bureau(user.bureauId());
		int year = AppClock.today().getYear();
		row.bureauId = b.id();
		row.transferNumber = String.format("YS%s-%d-%04d", b.regionCode(), year, sequences.next(b.id(), "LEAD_TRANSFER", year));
		row.handler = user.username();
		row.handlerName = user.displayName();
		row.createdAt = AppClock.now();
		mapper.insertTransfer(row);
		int seq = 1;
		for (String m : caseMaterials) {
			mapper.insertMaterial(row.id, seq++, "CASE", m.length() > 300 ? m.substring(0, 300) : m);
		}
		for (String m : other) {
			mapper.insertMaterial(row.id, seq++, "OTHER", m);
		}
		attachments.store(b.id(), SUBJECT, row.id, files, user.username());
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_TRANSFER_ID, row.id);
		vars.put(VAR_REGION_CODE, b.regionCode());
		mapper.updateProcess(row.id, workflow.start(PROCESS_KEY, row.transferNumber, vars));
		activity.record(AuditActor.user(user), b.id(), SUBJECT, row.id, "REGISTERED", null, "登记移送线索，拟移送" + row.recipientName
				+ (row.caseNumber == null ? "" : "，来源案件 " + row.caseNumber));
		return mapper.selectTransfer(row.id);
	}

	/**
	 * 局长审批: approving issues the transfer letter number (文号) and starts the reply deadline; refusing closes the
	 * transfer as not sent.
	 */
	@Transactional
	public LeadTransfer approve(CurrentUser user, long id, TransferCommands.Approval cmd) {
		return approve(user, id, null, cmd);
	}

	/** {@link #approve(CurrentUser, long, TransferCommands.Approval)} on the version the user read (409 when stale). */
	@Transactional
	public LeadTransfer approve(CurrentUser user, long id, Integer expectedVersion, TransferCommands.Approval cmd) {
		LeadTransfer t = writable(user, id);
		int version = RowVersions.expected(expectedVersion, t.rowVersion(), "该移送线索");
		Task task = workflow.current(user, t.processInstanceId(), TASK_APPROVE);
		String opinion = cmd.approved() ? Inputs.optional("opinion", "审批意见", cmd.opinion(), 1000)
				: Inputs.required("opinion", "不予移送的理由", cmd.opinion(), 1000);
		String letter = null;
		LocalDate sentOn = null;
		LocalDate due = null;
		if (cmd.approved()) {
			Bureau b = bureaus.bureau(t.bureauId());
			sentOn = AppClock.today();
			letter = b.docPrefix() + "移〔" + sentOn.getYear() + "〕" + sequences.next(b.id(), "TRANSFER_LETTER", sentOn.getYear()) + "号";
			due = replyDue(sentOn);
		}
		if (mapper.updateApproved(id, version, (cmd.approved() ? TransferStatus.SENT : TransferStatus.REJECTED).name(), user.username(),
				user.displayName(), opinion, letter, sentOn, due) != 1) {
			throw new ConflictException("该移送线索已审批");
		}
		workflow.complete(user, task, Map.of(VAR_APPROVED, cmd.approved()));
		activity.record(AuditActor.user(user), t.bureauId(), SUBJECT, id, cmd.approved() ? "APPROVED" : "REJECTED", opinion,
				cmd.approved() ? "同意移送，移送函 " + letter + "，回复期限 " + due : "不予移送");
		notifications.send(t.bureauId(), List.of(t.handler()), new NotificationService.Message("INFO",
				cmd.approved() ? "移送线索已批准" : "移送线索不予移送", t.transferNumber() + (cmd.approved() ? " 移送函 " + letter + "，请送达"
						+ t.recipientName() + "并跟踪书面回复（期限 " + due + "）" : "：" + opinion),
				"/transfers/" + id, SUBJECT, id));
		return mapper.selectTransfer(id);
	}

	/** 登记回复: the handler records the recipient's written reply. */
	@Transactional
	public LeadTransfer recordReply(CurrentUser user, long id, TransferCommands.Reply cmd, List<FileUpload> files) {
		return recordReply(user, id, null, cmd, files);
	}

	/** {@link #recordReply(CurrentUser, long, TransferCommands.Reply, List)} on the version the user read. */
	@Transactional
	public LeadTransfer recordReply(CurrentUser user, long id, Integer expectedVersion, TransferCommands.Reply cmd,
			List<FileUpload> files) {
		LeadTransfer t = writable(user, id);
		int version = RowVersions.expected(expectedVersion, t.rowVersion(), "该移送线索");
		Task task = workflow.current(user, t.processInstanceId(), TASK_AWAIT_REPLY);
		LocalDate on = Inputs.notFuture("replyOn", "回复日期", cmd.replyOn());
		if (on.isBefore(t.sentOn())) {
			throw new BadRequestException("replyOn", "回复日期不能早于移送日期 " + t.sentOn());
		}
		ReplyResult result = Inputs.oneOf("replyResult", "办理结果", ReplyResult.class, cmd.replyResult());
		SanctionType sanction = cmd.sanctionType() == null || cmd.sanctionType().isBlank() ? null
				: Inputs.oneOf("sanctionType", "处分种类", SanctionType.class, cmd.sanctionType());
		if (result == ReplyResult.SANCTIONED && sanction == null) {
			throw new BadRequestException("sanctionType", "办理结果为已给予处分或处理的，请选择处分种类");
		}
		if (result != ReplyResult.SANCTIONED && result != ReplyResult.JUDICIAL_FILED && sanction != null) {
			throw new BadRequestException("sanctionType", "只有给予处分或处理的回复才填写处分种类");
		}
		String doc = Inputs.optional("replyDocument", "回复文号", cmd.replyDocument(), 100);
		String summary = Inputs.required("summary", "回复内容摘要", cmd.summary(), 2000);
		files.forEach(attachments::check);
		if (mapper.updateReplied(id, version, on, doc, result.name(), sanction == null ? null : sanction.name(), summary,
				user.username()) != 1) {
			throw new ConflictException("该移送线索的回复已登记");
		}
		attachments.store(t.bureauId(), SUBJECT, id, files, user.username());
		workflow.complete(user, task, Map.of());
		activity.record(AuditActor.user(user), t.bureauId(), SUBJECT, id, "REPLIED", summary, "登记" + t.recipientName() + "书面回复："
				+ result.label() + (sanction == null ? "" : "（" + sanction.label() + "）"));
		return mapper.selectTransfer(id);
	}

	/** Delegate: the reply deadline approaches; reminds the handler. */
	@Transactional
	public void remind(long id) {
		LeadTransfer t = unchecked(id);
		if (!TransferStatus.SENT.name().equals(t.status())) {
			return;
		}
		mapper.updateReminded(id, AppClock.today());
		notifications.send(t.bureauId(), List.of(t.handler()), new NotificationService.Message("REMINDER", "移送线索回复即将到期",
				t.transferNumber() + "（" + t.letterNumber() + "）应于 " + t.replyDue() + " 前收到" + t.recipientName() + "的书面回复，请跟踪催办。",
				"/transfers/" + id, SUBJECT, id));
		activity.record(AuditActor.TIMER, t.bureauId(), SUBJECT, id, "REMINDED", null, "回复期限将至，已提醒承办人");
	}

	/** Delegate: the reply is overdue; tells the handler, the leaders and the director. */
	@Transactional
	public void escalate(long id) {
		LeadTransfer t = unchecked(id);
		if (!TransferStatus.SENT.name().equals(t.status())) {
			return;
		}
		mapper.updateEscalated(id, AppClock.today());
		Set<String> to = new LinkedHashSet<>();
		to.add(t.handler());
		for (Role r : List.of(Role.LEADER, Role.DIRECTOR)) {
			users.usersWithRole(t.bureauId(), r).stream().filter(UserSummary::enabled).map(UserSummary::username).forEach(to::add);
		}
		notifications.send(t.bureauId(), to, new NotificationService.Message("ESCALATION", "移送线索逾期未回复",
				t.transferNumber() + "（" + t.letterNumber() + "）移送" + t.recipientName() + "，回复期限 " + t.replyDue()
						+ " 已过仍未收到书面回复，请督促。", "/transfers/" + id, SUBJECT, id));
		activity.record(AuditActor.TIMER, t.bureauId(), SUBJECT, id, "ESCALATED", null, "逾期未回复，已报局领导督办");
	}

	/** Last day of the reply window: the configured days after sending, moved off a weekend or holiday. */
	public LocalDate replyDue(LocalDate sentOn) {
		return calendar.nextWorkingDayFrom(sentOn.plusDays(properties.replyDays()));
	}

	/** The working day {@code reminderWorkingDays} working days before the deadline (or the day of sending). */
	public LocalDate reminderOn(LeadTransfer t) {
		LocalDate d = t.replyDue();
		int n = 0;
		while (n < properties.reminderWorkingDays() && d.isAfter(t.sentOn())) {
			d = d.minusDays(1);
			if (calendar.isWorkingDay(d)) {
				n++;
			}
		}
		return d;
	}

	public List<LeadTransfer> transfers(CurrentUser user, String status, Integer year) {
		requireReader(user);
		return mapper.selectTransfers(bureaus.readableBureauIds(user), status == null || status.isBlank() ? null : status, year);
	}

	public LeadTransfer transfer(CurrentUser user, long id) {
		LeadTransfer t = mapper.selectTransfer(id);
		if (t == null || !mayRead(user)) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, t.bureauId(), WHAT);
		return t;
	}

	public List<TransferMaterial> materials(CurrentUser user, long id) {
		return mapper.selectMaterials(transfer(user, id).id());
	}

	public List<Attachment> attachments(CurrentUser user, long id) {
		return attachments.list(SUBJECT, transfer(user, id).id());
	}

	public AttachmentService.AttachmentFile attachment(CurrentUser user, long id, long attachmentId) {
		return attachments.file(SUBJECT, transfer(user, id).id(), attachmentId);
	}

	public List<ActivityEntry> timeline(CurrentUser user, long id) {
		return activity.timeline(SUBJECT, transfer(user, id).id());
	}

	public boolean isAt(LeadTransfer t, String taskKey) {
		return workflow.isAt(t.processInstanceId(), taskKey);
	}

	public LeadTransfer unchecked(long id) {
		LeadTransfer t = mapper.selectTransfer(id);
		if (t == null) {
			throw new NotFoundException(WHAT + "不存在: " + id);
		}
		return t;
	}

	public List<LeadTransfer> byNumbers(Collection<String> numbers) {
		return numbers.isEmpty() ? List.of() : mapper.selectByNumbers(numbers);
	}

	public List<String> numbersByPerson(List<Long> bureauIds, String text) {
		return bureauIds.isEmpty() ? List.of() : mapper.selectNumbersByPerson(bureauIds, text);
	}

	/**
	 * 年度统计: transfers by the date their letter was sent, replies by the date recorded. The caller has checked the
	 * data scope.
	 */
	public TransferAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		if (bureauIds.isEmpty()) {
			return new TransferAnnualFigures(year, 0, 0, 0, 0, 0, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		return new TransferAnnualFigures(year, mapper.countSent(bureauIds, from, to, null),
				mapper.countSent(bureauIds, from, to, RecipientType.DISCIPLINE_SUPERVISION.name()),
				mapper.countSent(bureauIds, from, to, RecipientType.JUDICIAL.name()),
				mapper.countReplied(bureauIds, from, to, null),
				mapper.countReplied(bureauIds, from, to, ReplyResult.SANCTIONED.name()),
				mapper.countOverdue(bureauIds, from, to, AppClock.today()));
	}

	private LeadTransfer writable(CurrentUser user, long id) {
		LeadTransfer t = transfer(user, id);
		bureaus.ensureWritable(user, t.bureauId(), WHAT);
		return t;
	}

	private static void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有执法人员、法制审核人员和局领导可以查看移送线索");
		}
	}

}
