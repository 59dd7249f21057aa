package cn.statenforce.interference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityEntry;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.audit.AuditActor;
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
import cn.statenforce.shared.Xlsx;

import static cn.statenforce.interference.InterferenceAccess.RECORD;

/**
 * Records of leaders' interference: recording (real name, evidence, late entries), reading within the confidentiality
 * rules of {@link InterferenceAccess}, follow-up, the register export, the designation of recorders and the year's
 * figures. Every change is one transaction.
 */
@Service
public class InterferenceService {

	public static final String SUBJECT_RECORD = "INTERFERENCE_RECORD";

	static final String SUBJECT_BUREAU = "INTERFERENCE_RECORDERS";

	private final InterferenceMapper mapper;

	private final InterferenceAccess access;

	private final InterferenceProperties properties;

	private final BureauService bureaus;

	private final UserService users;

	private final SequenceService sequences;

	private final AttachmentService attachments;

	private final ActivityLog activity;

	private final NotificationService notifications;

	InterferenceService(InterferenceMapper mapper, InterferenceAccess access, InterferenceProperties properties,
			BureauService bureaus, UserService users, SequenceService sequences, AttachmentService attachments,
			ActivityLog activity, NotificationService notifications) {
		this.mapper = mapper;
		this.access = access;
		this.properties = properties;
		this.bureaus = bureaus;
		this.users = users;
		this.sequences = sequences;
		this.attachments = attachments;
		this.activity = activity;
		this.notifications = notifications;
	}

	/** Whether the user may record at all (a personal account). */
	public boolean mayRecord(CurrentUser user) {
		return InterferenceAccess.mayRecord(user);
	}

	/** Whether the user reads their own bureau's whole register (director or designated recorder). */
	public boolean readsRegister(CurrentUser user) {
		return access.readsRegister(user, user.bureauId());
	}

	public boolean isRecorder(CurrentUser user) {
		return access.isRecorder(user);
	}

	/**
	 * 记录: the staff member records an interference under their real name. A record made after the day it happened
	 * (plus {@code timelyDays}) is a late entry: it needs the day the obstacle to recording ended and the reason, and
	 * is refused after {@code lateEntryDays} from that day.
	 */
	@Transactional
	public InterferenceRecord record(CurrentUser user, RecordCommand cmd, List<FileUpload> files) {
		if (!InterferenceAccess.mayRecord(user)) {
			throw new ForbiddenException("干预记录须由统计工作人员本人实名记录，单位账号不能记录");
		}
		LocalDate today = AppClock.today();
		var row = new InterferenceMapper.RecordRow();
		row.occurredOn = Inputs.notFuture("occurredOn", "干预发生日期", cmd.occurredOn());
		row.leaderName = Inputs.required("leaderName", "干预人姓名", cmd.leaderName(), 64);
		row.leaderPost = Inputs.required("leaderPost", "干预人职务", cmd.leaderPost(), 100);
		row.leaderUnit = Inputs.required("leaderUnit", "干预人所在单位", cmd.leaderUnit(), 200);
		row.interferenceType = Inputs.oneOf("interferenceType", "干预情形", InterferenceType.class, cmd.interferenceType()).name();
		row.method = Inputs.oneOf("method", "干预方式", InterferenceMethod.class, cmd.method()).name();
		row.content = Inputs.required("content", "干预的具体内容", cmd.content(), 2000);
		row.refused = cmd.refused();
		row.reportedTo = Inputs.optional("reportedTo", "报告对象", cmd.reportedTo(), 200);
		row.lateEntry = row.occurredOn.plusDays(properties.timelyDays()).isBefore(today);
		if (row.lateEntry) {
			LocalDate ended = Inputs.present("obstacleEndedOn", "无法当时记录的障碍消除日期（补记）", cmd.obstacleEndedOn());
			if (ended.isBefore(row.occurredOn) || ended.isAfter(today)) {
				throw new BadRequestException("obstacleEndedOn", "障碍消除日期应在干预发生日期与今天之间");
			}
			LocalDate last = ended.plusDays(properties.lateEntryDays());
			if (today.isAfter(last)) {
				throw new BadRequestException("obstacleEndedOn", "补记应在障碍消除后" + properties.lateEntryDays() + "日内进行，本条补记期限已于"
						+ last + "届满");
			}
			row.obstacleEndedOn = ended;
			row.lateReason = Inputs.required("lateReason", "未能当时记录的原因", cmd.lateReason(), 500);
		}
		files.forEach(attachments::check);
		Bureau b = bureaus.bureau(user.bureauId());
		int year = today.getYear();
		row.bureauId = b.id();
		row.recordNumber = String.format("GY%s-%d-%03d", b.regionCode(), year, sequences.next(b.id(), "INTERFERENCE", year));
		row.recorder = user.username();
		row.recorderName = user.displayName();
		row.recordedAt = AppClock.now();
		mapper.insertRecord(row);
		attachments.store(b.id(), SUBJECT_RECORD, row.id, files, user.username());
		activity.record(AuditActor.user(user), b.id(), SUBJECT_RECORD, row.id, "RECORDED", null,
				(row.lateEntry ? "补记" : "记录") + "领导干部干预统计工作情况" + (files.isEmpty() ? "" : "（佐证材料" + files.size() + "份）"));
		Set<String> readers = new LinkedHashSet<>(registerReaders(b.id()));
		readers.remove(user.username());
		notifications.send(b.id(), readers, new NotificationService.Message("INFO", "新的领导干部干预统计工作记录",
				"收到一条新的干预记录（" + row.recordNumber + "），请在干预记录台账中查阅。", "/interference/records/" + row.id,
				SUBJECT_RECORD, row.id));
		return mapper.selectRecord(row.id);
	}

	/** The register for its readers (optionally one year), or only the user's own records for anyone else. */
	public List<InterferenceRecord> visibleRecords(CurrentUser user, Integer year) {
		LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
		LocalDate to = from == null ? null : from.plusYears(1);
		String onlyOwn = access.readsRegister(user, user.bureauId()) ? null : user.username();
		return mapper.selectRecords(user.bureauId(), onlyOwn, from, to);
	}

	/** One record; 404 for anyone who may not see it. */
	public InterferenceRecord record(CurrentUser user, long id) {
		InterferenceRecord r = mapper.selectRecord(id);
		if (r == null || !access.readsRecord(user, r)) {
			throw new NotFoundException(RECORD + "不存在或无权查看");
		}
		return r;
	}

	public List<Attachment> attachments(CurrentUser user, long id) {
		return attachments.list(SUBJECT_RECORD, record(user, id).id());
	}

	public AttachmentService.AttachmentFile attachment(CurrentUser user, long id, long attachmentId) {
		return attachments.file(SUBJECT_RECORD, record(user, id).id(), attachmentId);
	}

	public List<ActivityEntry> timeline(CurrentUser user, long id) {
		return activity.timeline(SUBJECT_RECORD, record(user, id).id());
	}

	/** 处理情况: the director or a designated recorder notes what was done about the interference. */
	@Transactional
	public InterferenceRecord followUp(CurrentUser user, long id, String text) {
		return followUp(user, id, null, text);
	}

	/** {@link #followUp(CurrentUser, long, String)} on the version the user read (409 when stale). */
	@Transactional
	public InterferenceRecord followUp(CurrentUser user, long id, Integer expectedVersion, String text) {
		InterferenceRecord r = record(user, id);
		if (!access.readsRegister(user, r.bureauId())) {
			throw new ForbiddenException("只有局长或指定的干预记录人可以登记处理情况");
		}
		String t = Inputs.required("followUp", "处理情况", text, 2000);
		int version = RowVersions.expected(expectedVersion, r.rowVersion(), "该干预记录");
		RowVersions.written(mapper.updateFollowUp(id, version, t, user.username(), AppClock.now()), "该干预记录");
		activity.record(AuditActor.user(user), r.bureauId(), SUBJECT_RECORD, id, "FOLLOWED_UP", t, "登记处理情况");
		return mapper.selectRecord(id);
	}

	/** 领导干部干预统计工作记录台账 as XLSX, for the register's readers only. */
	public byte[] exportRegister(CurrentUser user, Integer year) {
		if (!access.readsRegister(user, user.bureauId())) {
			throw new ForbiddenException("干预记录台账仅限局长和指定的干预记录人查阅");
		}
		List<List<?>> rows = new ArrayList<>();
		for (InterferenceRecord r : visibleRecords(user, year)) {
			rows.add(java.util.Arrays.asList(r.recordNumber(), r.occurredOn(), r.leaderName(), r.leaderPost(), r.leaderUnit(),
					r.typeLabel(), r.methodLabel(), r.content(), r.refused(), r.reportedTo(), r.lateEntry(), r.recorderName(),
					r.recordedAt(), r.followUp()));
		}
		return Xlsx.write("干预记录台账", List.of("记录编号", "发生日期", "干预人", "职务", "所在单位", "干预情形", "干预方式", "具体内容",
				"是否拒绝", "报告对象", "是否补记", "记录人", "记录时间", "处理情况"), rows);
	}

	// recorders

	/** The bureau's designated recorders, for its director. */
	public List<UserSummary> recorders(CurrentUser user) {
		requireDirector(user);
		return recordersOf(user.bureauId());
	}

	List<UserSummary> recordersOf(long bureauId) {
		return List.copyOf(users.byUsernames(mapper.selectRecorders(bureauId)).values());
	}

	/** 指定记录人: the director designates a staff member of the bureau to keep the register. */
	@Transactional
	public void designate(CurrentUser user, String username) {
		requireDirector(user);
		UserSummary u = users.byUsernames(List.of(username == null ? "" : username)).get(username);
		if (u == null || !u.bureauId().equals(user.bureauId()) || !u.enabled()) {
			throw new BadRequestException("username", "请选择本局在用的工作人员");
		}
		if (!u.roles().contains(Role.INSPECTOR) && !u.roles().contains(Role.LEGAL_REVIEWER) && !u.roles().contains(Role.LEADER)
				&& !u.roles().contains(Role.DIRECTOR) && !u.roles().contains(Role.ADMIN)) {
			throw new BadRequestException("username", "单位账号不能指定为干预记录人");
		}
		if (mapper.countRecorder(user.bureauId(), username) > 0) {
			throw new ConflictException(u.displayName() + "已是干预记录人");
		}
		mapper.insertRecorder(user.bureauId(), username, user.username(), AppClock.now());
		activity.record(AuditActor.user(user), user.bureauId(), SUBJECT_BUREAU, user.bureauId(), "RECORDER_DESIGNATED", null, "指定干预记录人：" + u.displayName());
	}

	@Transactional
	public void revoke(CurrentUser user, String username) {
		requireDirector(user);
		if (mapper.deleteRecorder(user.bureauId(), username) == 0) {
			throw new NotFoundException("该人员不是本局的干预记录人");
		}
		UserSummary u = users.byUsernames(List.of(username)).get(username);
		activity.record(AuditActor.user(user), user.bureauId(), SUBJECT_BUREAU, user.bureauId(), "RECORDER_REVOKED", null,
				"取消干预记录人：" + (u == null ? username : u.displayName()));
	}

	/** Usernames of the bureau's directors and designated recorders: who reads the register. */
	List<String> registerReaders(long bureauId) {
		Set<String> result = new LinkedHashSet<>();
		users.usersWithRole(bureauId, Role.DIRECTOR).stream().filter(UserSummary::enabled).map(UserSummary::username)
			.forEach(result::add);
		result.addAll(mapper.selectRecorders(bureauId));
		return List.copyOf(result);
	}

	/**
	 * 年度统计: records of interferences that happened in the year (by their date, late entries included) and the
	 * periodic reports of the year's periods. The caller has checked the data scope; only counts leave.
	 */
	public InterferenceAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		if (bureauIds.isEmpty()) {
			return new InterferenceAnnualFigures(year, 0, 0, 0, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		return new InterferenceAnnualFigures(year, mapper.countOccurred(bureauIds, from, to, false),
				mapper.countOccurred(bureauIds, from, to, true), mapper.countSubmitted(bureauIds, year, false),
				mapper.countSubmitted(bureauIds, year, true));
	}

	private static void requireDirector(CurrentUser user) {
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new ForbiddenException("只有局长可以指定干预记录人");
		}
	}

}
