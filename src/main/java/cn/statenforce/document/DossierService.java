package cn.statenforce.document;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.EvidenceKind;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.ConflictException;

/**
 * The case dossier (案卷, 一案一卷): the checklist of the materials the case's path requires, in the order of the
 * file (立案审批表 → 笔录 → 证件 → 证据 → 调查终结报告 → 事先告知书及送达回证 → 听证 → 法制审核 → 集体讨论 → 决定审批 → 决定书及送达回证
 * → 责令改正 → 执行 → 公示 → 结案审批表). A served document counts once its service is recorded, with the scanned
 * 送达回证 where the method produces one (direct, left, entrusted, post). 结案审批 cannot approve and 归档 cannot
 * archive while a required item is missing ({@link #requireComplete}, 409 listing them).
 */
@Service
public class DossierService {

	private final CaseQueryService cases;

	private final DocumentService documents;

	DossierService(CaseQueryService cases, DocumentService documents) {
		this.cases = cases;
		this.documents = documents;
	}

	public List<DossierItem> checklist(CurrentUser user, long caseId) {
		return checklist(cases.details(user, caseId));
	}

	/**
	 * Refuses (409) closure ({@code archiving} false) or the archive while a required item is missing; called by the
	 * case's 归档 step and the archive bundle inside their transaction, so a refusal changes nothing (结案审批 reads
	 * the checklist once for its 法定要件核验 and refuses with {@link #requireComplete(List, boolean)}).
	 */
	public void requireComplete(CurrentUser user, long caseId, boolean archiving) {
		requireComplete(checklist(user, caseId), archiving);
	}

	/** {@link #requireComplete(CurrentUser, long, boolean)} over a checklist already read. */
	public static void requireComplete(List<DossierItem> items, boolean archiving) {
		String missing = closureBlock(items, archiving);
		if (missing != null) {
			throw new ConflictException(missing);
		}
	}

	/**
	 * Null when every item closure ({@code archiving} false) or the archive needs is there, else the refusal naming
	 * each missing item as {@code 标题（缺什么）} — the words the 结案审批 checklist shows on the item's line.
	 */
	public String closureBlock(CurrentUser user, long caseId, boolean archiving) {
		return closureBlock(checklist(user, caseId), archiving);
	}

	/** {@link #closureBlock(CurrentUser, long, boolean)} over a checklist already read. */
	public static String closureBlock(List<DossierItem> items, boolean archiving) {
		List<String> missing = items.stream().filter(i -> i.blocking(archiving)).map(DossierItem::shortfall).toList();
		return missing.isEmpty() ? null
				: "案卷材料不齐，不能" + (archiving ? "归档" : "结案") + "：" + String.join("；", missing);
	}

	List<DossierItem> checklist(CaseDetails d) {
		EnforcementCase c = d.enforcementCase();
		List<DocumentService.DocumentView> views = documents.views(c.getId());
		boolean ordinary = "ORDINARY".equals(c.getProcedureType());
		List<DossierItem> items = new ArrayList<>();
		doc(items, views, "立案", DocumentKind.FILING_APPROVAL, ordinary && c.getFiledOn() != null, false);
		boolean records = d.evidence().stream().anyMatch(e -> e.kind().equals(EvidenceKind.INSPECTION_RECORD.name())
				|| e.kind().equals(EvidenceKind.INTERVIEW_RECORD.name()))
				|| current(views, DocumentKind.INSPECTION_RECORD) != null || current(views, DocumentKind.INTERVIEW_RECORD) != null;
		fact(items, "调查", "现场检查笔录、询问笔录", ordinary, records, "证据清单中没有现场检查笔录或询问笔录");
		long certified = d.inspectors().stream().filter(i -> !i.recused() && i.certNumber() != null).count();
		fact(items, "调查", "执法人员执法证件", ordinary, certified >= 2, "办案执法人员不足两名或缺少执法证号");
		fact(items, "调查", "证据材料", ordinary, !d.evidence().isEmpty(), "证据清单为空");
		doc(items, views, "调查", DocumentKind.INVESTIGATION_REPORT, ordinary && c.getReportedOn() != null, false);
		doc(items, views, "审核告知", DocumentKind.PRIOR_NOTICE, ordinary && (c.getNoticeServedOn() != null
				|| c.getDecisionOutcome() == Disposition.PENALTY), false);
		doc(items, views, "审核告知", DocumentKind.HEARING_NOTICE, c.isHearingRequested() && c.getHearingDate() != null, false);
		doc(items, views, "审核告知", DocumentKind.LEGAL_REVIEW, c.isLegalReviewRequired(), false);
		doc(items, views, "审核告知", DocumentKind.COLLECTIVE_DISCUSSION, c.isDiscussionRequired(), false);
		doc(items, views, "决定", DocumentKind.DECISION_APPROVAL, ordinary && c.getDecidedOn() != null, false);
		doc(items, views, "决定", DocumentKind.PENALTY_DECISION,
				c.getDecisionNumber() != null && c.getDecisionOutcome() != Disposition.TRANSFER, false);
		doc(items, views, "执行", DocumentKind.CORRECTION_ORDER, c.isCorrectionOrdered(), false);
		fact(items, "执行", "执行情况记录", c.fineDue(), c.getPaidOn() != null, "尚未登记罚款缴纳");
		fact(items, "执行", "公示情况", c.publishable(), c.getPublishedOn() != null, "尚未公示");
		doc(items, views, "结案", DocumentKind.CLOSING_APPROVAL, true, true);
		List<DossierItem> numbered = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			DossierItem x = items.get(i);
			numbered.add(new DossierItem(i + 1, x.stage(), x.title(), x.required(), x.present(), x.missing(), x.kind(),
					x.documentId(), x.forArchive()));
		}
		return numbered;
	}

	private static void fact(List<DossierItem> items, String stage, String title, boolean required, boolean present,
			String missing) {
		items.add(new DossierItem(0, stage, title, required, present, present ? null : missing, null, null, false));
	}

	private static void doc(List<DossierItem> items, List<DocumentService.DocumentView> views, String stage,
			DocumentKind kind, boolean required, boolean forArchive) {
		DocumentService.DocumentView v = current(views, kind);
		String title = kind.served() ? kind.title() + "及送达回证" : kind.title();
		String missing = null;
		if (v == null) {
			missing = "尚未制作";
		}
		else if (kind.served() && !v.served()) {
			missing = "尚未登记送达";
		}
		else if (kind.served() && needsReceipt(v) && v.services().get(0).receiptAttachmentId() == null) {
			missing = "缺少送达回证扫描件";
		}
		items.add(new DossierItem(0, stage, title, required, missing == null, missing, kind,
				v == null ? null : v.document().id(), forArchive));
	}

	private static boolean needsReceipt(DocumentService.DocumentView v) {
		ServiceMethod m = ServiceMethod.valueOf(v.services().get(0).method());
		return m == ServiceMethod.DIRECT || m == ServiceMethod.LEFT || m == ServiceMethod.ENTRUSTED || m == ServiceMethod.POST;
	}

	private static DocumentService.DocumentView current(List<DocumentService.DocumentView> views, DocumentKind kind) {
		return views.stream().filter(v -> v.document().kind().equals(kind.name()) && v.document().current())
			.reduce((a, b) -> b).orElse(null);
	}

	/** The documents of the case as stored, for the archive bundle. */
	List<DocumentService.DocumentView> views(long caseId) {
		return documents.views(caseId);
	}

}
