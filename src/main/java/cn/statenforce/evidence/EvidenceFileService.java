package cn.statenforce.evidence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.attachment.Attachment;
import cn.statenforce.attachment.AttachmentService;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseParts;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.InspectionStatus;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

/**
 * 证据文件 of cases and inspections. Whoever may see the record may list and download its files (404 otherwise); only
 * the record's own inspectors (a case's team members who have not withdrawn, an inspection's two inspectors; while a
 * case has no team yet, the bureau's inspectors) of the record's own bureau may add files, and only while the record is
 * open. Every check runs before a byte is stored; the content type is then detected from the bytes and the SHA-256
 * recorded by {@link AttachmentService}. Each file is tied to the step the record was at and goes on the bureau's
 * 全过程记录 with its name, type, size and digest.
 */
@Service
public class EvidenceFileService {

	static final String ACTION = "EVIDENCE_FILE";

	private static final Set<CaseStatus> CASE_CLOSED = Set.of(CaseStatus.NOT_FILED, CaseStatus.CLOSED, CaseStatus.ARCHIVED);

	private final CaseQueryService cases;

	private final InspectionService inspections;

	private final BureauService bureaus;

	private final AttachmentService attachments;

	private final EvidenceFileMapper mapper;

	private final ActivityLog activity;

	private final EvidenceProperties properties;

	EvidenceFileService(CaseQueryService cases, InspectionService inspections, BureauService bureaus,
			AttachmentService attachments, EvidenceFileMapper mapper, ActivityLog activity, EvidenceProperties properties) {
		this.cases = cases;
		this.inspections = inspections;
		this.bureaus = bureaus;
		this.attachments = attachments;
		this.mapper = mapper;
		this.activity = activity;
		this.properties = properties;
	}

	/** The record as evidence sees it: its bureau, step, whether it is open and who works it. */
	record Target(EvidenceRecord kind, long id, long bureauId, String stepCode, String stepLabel, boolean open,
			Set<String> team) {
	}

	/** What a record's page shows: the files, and whether (or why not) the user may add some. */
	public record Panel(EvidenceRecord kind, long recordId, List<EvidenceFile> files, boolean mayUpload, String refusal) {
	}

	/** The files of a record the user may see, in upload order. */
	public List<EvidenceFile> list(CurrentUser user, EvidenceRecord kind, long id) {
		return files(target(user, kind, id));
	}

	/** For a record's page template: {@code kind} is {@code CASE} or {@code INSPECTION}. */
	public Panel panel(String kind, long id) {
		return panel(EvidenceRecord.valueOf(kind), id);
	}

	/** For the record's page (the signed-in user). */
	public Panel panel(EvidenceRecord kind, long id) {
		CurrentUser user = CurrentUsers.get();
		Target t = target(user, kind, id);
		String refusal = refusal(user, t);
		return new Panel(kind, id, files(t), refusal == null, refusal);
	}

	/**
	 * Adds files to the record at its current step.
	 *
	 * @param clientAddress the request's remote address, for the 全过程记录
	 * @return every file of the record after the upload
	 */
	@Transactional
	public List<EvidenceFile> upload(CurrentUser user, String clientAddress, EvidenceRecord kind, long id,
			List<FileUpload> files) {
		Target t = target(user, kind, id);
		bureaus.ensureWritable(user, t.bureauId(), kind.label());
		if (!t.open()) {
			throw new ConflictException(kind == EvidenceRecord.CASE ? "案件已结案，证据文件不能再增加" : "检查已办结，证据文件不能再增加");
		}
		String refusal = refusal(user, t);
		if (refusal != null) {
			throw new ForbiddenException(refusal);
		}
		if (files == null || files.isEmpty()) {
			throw new BadRequestException("files", "请选择要上传的证据文件");
		}
		Set<Long> before = attachments.list(kind.ownerType(), id).stream().map(Attachment::id).collect(Collectors.toSet());
		int max = kind == EvidenceRecord.CASE ? properties.maxFilesPerCase() : properties.maxFilesPerInspection();
		List<Attachment> all = attachments.store(t.bureauId(), kind.ownerType(), id, files, user.username(), max);
		AuditActor actor = AuditActor.user(user, clientAddress);
		for (Attachment a : all) {
			if (before.contains(a.id())) {
				continue;
			}
			mapper.insert(a.id(), t.bureauId(), kind.name(), id, t.stepCode(), t.stepLabel());
			activity.recordChange(actor, t.bureauId(), kind.subjectType(), id, ACTION, null,
					"上传证据文件：" + a.fileName() + "（" + t.stepLabel() + "，" + a.sizeLabel() + "）", null,
					a.fileName() + "；" + a.contentType() + "；" + a.sizeBytes() + "字节；SHA-256 " + a.sha256());
		}
		return files(t);
	}

	/** A file of a record the user may see, its digest checked (404 for a file of another record). */
	public AttachmentService.AttachmentFile download(CurrentUser user, EvidenceRecord kind, long id, long fileId) {
		target(user, kind, id);
		return attachments.file(kind.ownerType(), id, fileId);
	}

	private List<EvidenceFile> files(Target t) {
		Map<Long, String> steps = mapper.selectSteps(t.kind().name(), t.id()).stream()
			.collect(Collectors.toMap(EvidenceFileMapper.Step::attachmentId, EvidenceFileMapper.Step::stepLabel));
		return attachments.list(t.kind().ownerType(), t.id()).stream()
			.map(a -> new EvidenceFile(a, steps.getOrDefault(a.id(), "")))
			.toList();
	}

	/** Null when the user may add files now, else why not (for the page and the 403). */
	private String refusal(CurrentUser user, Target t) {
		if (!t.open()) {
			return t.kind() == EvidenceRecord.CASE ? "案件已结案，证据文件不能再增加" : "检查已办结，证据文件不能再增加";
		}
		if (user.bureauId() != t.bureauId()) {
			return "上级统计局只能查阅下级单位的证据文件，不能上传";
		}
		if (!user.hasRole(Role.INSPECTOR)) {
			return "只有承办的执法人员可以上传证据文件";
		}
		if (!t.team().isEmpty() && !t.team().contains(user.username())) {
			return t.kind() == EvidenceRecord.CASE ? "只有本案的执法人员可以上传证据文件" : "只有本次检查的执法人员可以上传证据文件";
		}
		return null;
	}

	private Target target(CurrentUser user, EvidenceRecord kind, long id) {
		if (kind == EvidenceRecord.CASE) {
			EnforcementCase c = cases.get(user, id);
			Set<String> team = cases.inspectors(id).stream().filter(i -> !i.recused()).map(CaseParts.Inspector::username)
				.collect(Collectors.toSet());
			return new Target(kind, id, c.getBureauId(), c.getStatus().name(), c.getStatus().label(),
					!CASE_CLOSED.contains(c.getStatus()), team);
		}
		Inspection i = inspections.get(user, id);
		Set<String> team = new java.util.HashSet<>();
		if (i.inspector1() != null) {
			team.add(i.inspector1());
		}
		if (i.inspector2() != null) {
			team.add(i.inspector2());
		}
		return new Target(kind, id, i.bureauId(), i.status().name(), i.status().label(), i.status() != InspectionStatus.CLOSED,
				team);
	}

}
