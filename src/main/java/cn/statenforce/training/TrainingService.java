package cn.statenforce.training;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;

/**
 * Trainings and publicity activities: every staff member reads their bureau's (and, upward, the lower bureaus');
 * staff with a personal account record and correct the own bureau's.
 */
@Service
public class TrainingService {

	public static final String SUBJECT = "TRAINING";

	static final String WHAT = "培训宣传活动";

	/** Larger than any county's publicity reach (seeds: 2500余人次; 送法进万企 12000余户). */
	static final int MAX_PARTICIPANTS = 1_000_000;

	private final TrainingMapper mapper;

	private final BureauService bureaus;

	private final AttachmentService attachments;

	private final ActivityLog activity;

	TrainingService(TrainingMapper mapper, BureauService bureaus, AttachmentService attachments, ActivityLog activity) {
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.attachments = attachments;
		this.activity = activity;
	}

	public static boolean mayRecord(CurrentUser user) {
		return user.isBureauStaff();
	}

	@Transactional
	public TrainingActivity register(CurrentUser user, ActivityCommand cmd, List<FileUpload> files) {
		requireRecorder(user);
		var row = row(cmd);
		files.forEach(attachments::check);
		row.bureauId = user.bureauId();
		row.registeredBy = user.username();
		row.registeredByName = user.displayName();
		mapper.insert(row);
		attachments.store(row.bureauId, SUBJECT, row.id, files, user.username());
		activity.record(AuditActor.user(user), row.bureauId, SUBJECT, row.id, "REGISTERED", null,
				"登记" + ActivityCategory.valueOf(row.category).label() + "：" + row.topic);
		return mapper.selectById(row.id);
	}

	/** Corrects an activity under optimistic locking (409 when someone else changed it meanwhile). */
	@Transactional
	public TrainingActivity update(CurrentUser user, long id, int expectedVersion, ActivityCommand cmd, List<FileUpload> files) {
		requireRecorder(user);
		TrainingActivity a = activity(user, id);
		bureaus.ensureWritable(user, a.bureauId(), WHAT);
		var row = row(cmd);
		files.forEach(attachments::check);
		row.id = id;
		if (mapper.update(row, expectedVersion) != 1) {
			throw new ConflictException("该活动刚被其他用户修改，请刷新后重试");
		}
		attachments.store(a.bureauId(), SUBJECT, id, files, user.username());
		activity.record(AuditActor.user(user), a.bureauId(), SUBJECT, id, "UPDATED", null, "修改活动信息");
		return mapper.selectById(id);
	}

	private static TrainingMapper.ActivityRow row(ActivityCommand cmd) {
		var row = new TrainingMapper.ActivityRow();
		ActivityCategory category = Inputs.oneOf("category", "活动类别", ActivityCategory.class, cmd.category());
		row.activityType = category.type().name();
		row.category = category.name();
		row.heldOn = Inputs.notFuture("heldOn", "活动日期", cmd.heldOn());
		row.topic = Inputs.required("topic", "主题", cmd.topic(), 200);
		row.organiser = Inputs.required("organiser", "组织单位", cmd.organiser(), 200);
		int n = Inputs.present("participants", category.type().participantsLabel(), cmd.participants());
		if (n < 1 || n > MAX_PARTICIPANTS) {
			throw new BadRequestException("participants", category.type().participantsLabel() + "应在1至" + MAX_PARTICIPANTS + "之间");
		}
		row.participants = n;
		row.place = Inputs.optional("place", "地点或形式", cmd.place(), 200);
		row.summary = Inputs.optional("summary", "活动情况", cmd.summary(), 2000);
		row.now = AppClock.now();
		return row;
	}

	public List<TrainingActivity> activities(CurrentUser user, String type, Integer year) {
		LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
		return mapper.select(bureaus.readableBureauIds(user), type == null || type.isBlank() ? null : type, from,
				from == null ? null : from.plusYears(1));
	}

	public TrainingActivity activity(CurrentUser user, long id) {
		TrainingActivity a = mapper.selectById(id);
		if (a == null) {
			throw new NotFoundException(WHAT + "不存在或无权查看");
		}
		bureaus.ensureReadable(user, a.bureauId(), WHAT);
		return a;
	}

	public List<Attachment> attachments(CurrentUser user, long id) {
		return attachments.list(SUBJECT, activity(user, id).id());
	}

	public AttachmentService.AttachmentFile attachment(CurrentUser user, long id, long attachmentId) {
		return attachments.file(SUBJECT, activity(user, id).id(), attachmentId);
	}

	/** 年度统计 by the date each activity was held. The caller has checked the data scope. */
	public TrainingAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		if (bureauIds.isEmpty()) {
			return new TrainingAnnualFigures(year, 0, 0, 0, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		TrainingMapper.Totals t = mapper.selectTotals(bureauIds, ActivityType.TRAINING.name(), from, to);
		TrainingMapper.Totals p = mapper.selectTotals(bureauIds, ActivityType.PUBLICITY.name(), from, to);
		return new TrainingAnnualFigures(year, t.activities(), t.people() == null ? 0 : t.people(), p.activities(),
				p.people() == null ? 0 : p.people());
	}

	private static void requireRecorder(CurrentUser user) {
		if (!mayRecord(user)) {
			throw new ForbiddenException("单位账号不能登记培训宣传活动");
		}
	}

}
