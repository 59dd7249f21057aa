package cn.statenforce.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.credit.process.CreditWorkflow;
import cn.statenforce.activity.ActivityEntry;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.credit.CreditEnums.RecordStatus;
import cn.statenforce.credit.CreditEnums.RepairKind;
import cn.statenforce.credit.CreditEnums.RepairStatus;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.RowVersions;
import cn.statenforce.shared.NotFoundException;

/**
 * Early removal of a published record: 信用修复 (after the minimum publication period, the fine paid, the violation
 * corrected and a credit-repair commitment letter signed) or because the decision it rests on was revoked. Staff
 * register the enterprise's application with its documents; an inspector reviews the materials, a leader or the
 * director approves, and the record leaves the list.
 */
@Service
public class CreditRepairService {

	public static final String PROCESS_KEY = "credit-repair";

	public static final String TASK_REVIEW = "Task_ReviewRepair";

	public static final String TASK_APPROVE = "Task_ApproveRepair";

	public static final String VAR_REPAIR_ID = "repairId";

	public static final String VAR_RECOMMENDED = "recommended";

	public static final String VAR_APPROVED = "approved";

	public static final String SUBJECT = "CREDIT_REPAIR";

	private final CreditMapper mapper;

	private final CreditService records;

	private final CreditProperties properties;

	private final BureauService bureaus;

	private final CaseQueryService cases;

	private final SequenceService sequences;

	private final CreditWorkflow workflow;

	private final AttachmentService attachments;

	private final ActivityLog activity;

	private final NotificationService notifications;

	CreditRepairService(CreditMapper mapper, CreditService records, CreditProperties properties, BureauService bureaus,
			CaseQueryService cases, SequenceService sequences, CreditWorkflow workflow,
			AttachmentService attachments, ActivityLog activity, NotificationService notifications) {
		this.mapper = mapper;
		this.records = records;
		this.properties = properties;
		this.bureaus = bureaus;
		this.cases = cases;
		this.sequences = sequences;
		this.workflow = workflow;
		this.attachments = attachments;
		this.activity = activity;
		this.notifications = notifications;
	}

	/** The conditions of the kind of removal for the record, as they stand today. */
	public List<RepairCondition> conditions(CreditRecord r, RepairKind kind) {
		List<RepairCondition> list = new ArrayList<>();
		list.add(new RepairCondition("记录在公示中", r.published(), r.statusLabel()));
		if (kind == RepairKind.REVOKED) {
			return list;
		}
		LocalDate earliest = r.publishedFrom() == null ? null : r.publishedFrom().plusMonths(properties.repairMinMonths());
		list.add(new RepairCondition("公示已满" + properties.repairMinMonths() + "个月", earliest != null && !AppClock.today().isBefore(earliest),
				earliest == null ? "未公示" : "最早可于 " + earliest + " 申请"));
		EnforcementCase c = cases.getUnchecked(r.caseId());
		boolean fined = c.getFineAmount() != null && c.getFineAmount().compareTo(BigDecimal.ZERO) > 0;
		list.add(new RepairCondition("罚款已缴纳", !fined || c.getPaidOn() != null,
				!fined ? "未处罚款" : c.getPaidOn() == null ? "尚未缴纳" : c.getPaidOn() + " 缴纳"));
		list.add(new RepairCondition("违法行为已改正", !c.isCorrectionOrdered() || "CORRECTED".equals(c.getCorrectionResult()),
				!c.isCorrectionOrdered() ? "未责令改正" : "CORRECTED".equals(c.getCorrectionResult()) ? "复查已改正" : "尚未复查确认改正"));
		boolean letter = r.identifiedOn() != null && records.hasRepairCommitmentSince(r.enterpriseId(), r.identifiedOn());
		list.add(new RepairCondition("已签署信用修复承诺书", letter, letter ? "已登记" : "认定后尚未登记信用修复承诺书"));
		return list;
	}

	/** 登记修复申请: every condition must hold and the documents be attached (409 / 400 otherwise). */
	@Transactional
	public CreditRepair apply(CurrentUser user, long recordId, CreditCommands.RepairApplication cmd, List<FileUpload> files) {
		CreditRecord r = records.writable(user, recordId);
		RepairKind kind = Inputs.oneOf("kind", "申请类型", RepairKind.class, cmd.kind());
		if (mapper.selectRepairsOfRecord(recordId).stream().anyMatch(p -> RepairStatus.valueOf(p.status()).open())) {
			throw new ConflictException("该记录已有办理中的修复申请");
		}
		List<String> unmet = conditions(r, kind).stream().filter(c -> !c.met()).map(c -> c.label() + "（" + c.detail() + "）").toList();
		if (!unmet.isEmpty()) {
			throw new ConflictException("不符合" + kind.label() + "条件：" + String.join("；", unmet));
		}
		var row = new CreditMapper.RepairRow();
		row.kind = kind.name();
		row.appliedOn = Inputs.notFuture("appliedOn", "申请日期", cmd.appliedOn());
		row.applicant = Inputs.required("applicant", "申请人", cmd.applicant(), 100);
		row.reason = Inputs.required("reason", kind == RepairKind.REPAIR ? "整改情况" : "撤销依据", cmd.reason(), 2000);
		if (files == null || files.isEmpty()) {
			throw new BadRequestException("files", kind == RepairKind.REPAIR ? "请上传整改报告、罚款缴纳凭证等证明材料" : "请上传撤销处罚决定的文书");
		}
		files.forEach(attachments::check);
		Bureau b = bureaus.bureau(r.bureauId());
		int year = AppClock.today().getYear();
		row.bureauId = b.id();
		row.recordId = r.id();
		row.repairNumber = String.format("XF%s-%d-%03d", b.regionCode(), year, sequences.next(b.id(), "CREDIT_REPAIR", year));
		row.registeredBy = user.username();
		row.registeredAt = AppClock.now();
		mapper.insertRepair(row);
		attachments.store(b.id(), SUBJECT, row.id, files, user.username());
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_REPAIR_ID, row.id);
		vars.put(CreditService.VAR_REGION_CODE, b.regionCode());
		mapper.updateRepairProcess(row.id, workflow.start(PROCESS_KEY, row.repairNumber, vars));
		activity.record(AuditActor.user(user), b.id(), CreditService.SUBJECT, r.id(), "REPAIR_APPLIED", null, "登记" + kind.label() + "申请 " + row.repairNumber);
		activity.record(AuditActor.user(user), b.id(), SUBJECT, row.id, "APPLIED", row.reason, "登记" + kind.label() + "申请，申请人 " + row.applicant);
		return mapper.selectRepair(row.id);
	}

	/** 审核: an inspector checks the materials and recommends removal or not. */
	@Transactional
	public CreditRepair review(CurrentUser user, long id, boolean recommended, String opinion) {
		return review(user, id, null, recommended, opinion);
	}

	/** {@link #review(CurrentUser, long, boolean, String)} on the version the user read (409 when stale). */
	@Transactional
	public CreditRepair review(CurrentUser user, long id, Integer expectedVersion, boolean recommended, String opinion) {
		CreditRepair p = writable(user, id);
		int version = RowVersions.expected(expectedVersion, p.rowVersion(), "该修复申请");
		Task task = workflow.current(user, p.processInstanceId(), TASK_REVIEW);
		String text = Inputs.required("opinion", "审核意见", opinion, 1000);
		if (mapper.updateRepairReviewed(id, version, (recommended ? RepairStatus.APPROVING : RepairStatus.REJECTED).name(), user.username(),
				text, recommended ? null : AppClock.now()) != 1) {
			throw new ConflictException("该申请已审核");
		}
		workflow.complete(user, task, Map.of(VAR_RECOMMENDED, recommended));
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, id, recommended ? "REVIEWED" : "REVIEW_REJECTED", text,
				recommended ? "审核通过，报领导审批" : "审核不通过，未予修复");
		if (recommended) {
			notifications.send(p.bureauId(), records.leaders(p.bureauId()), new NotificationService.Message("TASK", "信用修复待审批",
					p.repairNumber(), "/credit/repairs/" + id, SUBJECT, id));
		}
		return mapper.selectRepair(id);
	}

	/** 审批: a leader or the director decides; approved, the record is removed from the list. */
	@Transactional
	public CreditRepair approve(CurrentUser user, long id, CreditCommands.Approval cmd) {
		return approve(user, id, null, cmd);
	}

	/** {@link #approve(CurrentUser, long, CreditCommands.Approval)} on the version the user read (409 when stale). */
	@Transactional
	public CreditRepair approve(CurrentUser user, long id, Integer expectedVersion, CreditCommands.Approval cmd) {
		CreditRepair p = writable(user, id);
		int version = RowVersions.expected(expectedVersion, p.rowVersion(), "该修复申请");
		Task task = workflow.current(user, p.processInstanceId(), TASK_APPROVE);
		String opinion = cmd.approved() ? Inputs.optional("opinion", "审批意见", cmd.opinion(), 1000)
				: Inputs.required("opinion", "不予修复的理由", cmd.opinion(), 1000);
		if (cmd.approved() && !records.unchecked(p.recordId()).published()) {
			throw new ConflictException("该记录已不在公示中，无需修复");
		}
		if (mapper.updateRepairDecided(id, version, (cmd.approved() ? RepairStatus.APPROVED : RepairStatus.REJECTED).name(), user.username(),
				opinion, AppClock.now()) != 1) {
			throw new ConflictException("该申请已审批");
		}
		workflow.complete(user, task, Map.of(VAR_APPROVED, cmd.approved()));
		activity.record(AuditActor.user(user), p.bureauId(), SUBJECT, id, cmd.approved() ? "APPROVED" : "REJECTED", opinion,
				cmd.approved() ? "同意" + p.kindLabel() + "，提前移出严重失信名单" : "不予修复");
		return mapper.selectRepair(id);
	}

	/** Delegate: the approved application takes the record off the list. */
	@Transactional
	public void remove(long id) {
		CreditRepair p = unchecked(id);
		if (!RepairStatus.APPROVED.name().equals(p.status())) {
			return;
		}
		RepairKind kind = RepairKind.valueOf(p.kind());
		records.removeEarly(AuditActor.JOB, p.recordId(), kind == RepairKind.REPAIR ? RecordStatus.REPAIRED : RecordStatus.REVOKED,
				kind.label() + "，提前移出（" + p.repairNumber() + "）");
	}

	public CreditRepair repair(CurrentUser user, long id) {
		CreditRepair p = mapper.selectRepair(id);
		if (p == null) {
			throw new NotFoundException("信用修复申请不存在或无权查看");
		}
		records.record(user, p.recordId());
		return p;
	}

	public List<CreditRepair> repairsOf(CurrentUser user, long recordId) {
		return mapper.selectRepairsOfRecord(records.record(user, recordId).id());
	}

	/** The enterprise's applications, for its directory page (the caller may read the enterprise). */
	public List<CreditRepair> repairsOfEnterprise(long enterpriseId) {
		return mapper.selectRepairsOfEnterprise(enterpriseId);
	}

	public List<Attachment> attachments(CurrentUser user, long id) {
		return attachments.list(SUBJECT, repair(user, id).id());
	}

	public AttachmentService.AttachmentFile attachment(CurrentUser user, long id, long attachmentId) {
		return attachments.file(SUBJECT, repair(user, id).id(), attachmentId);
	}

	public List<ActivityEntry> timeline(CurrentUser user, long id) {
		return activity.timeline(SUBJECT, repair(user, id).id());
	}

	public boolean isAt(CreditRepair p, String taskKey) {
		return workflow.isAt(p.processInstanceId(), taskKey);
	}

	public CreditRepair unchecked(long id) {
		CreditRepair p = mapper.selectRepair(id);
		if (p == null) {
			throw new NotFoundException("信用修复申请不存在: " + id);
		}
		return p;
	}

	public List<CreditRepair> byNumbers(Collection<String> numbers) {
		return numbers.isEmpty() ? List.of() : mapper.selectRepairsByNumbers(numbers);
	}

	private CreditRepair writable(CurrentUser user, long id) {
		CreditRepair p = repair(user, id);
		if (!CreditService.mayRead(user)) {
			throw new ForbiddenException("无权办理信用修复");
		}
		bureaus.ensureWritable(user, p.bureauId(), "信用修复申请");
		return p;
	}

}
