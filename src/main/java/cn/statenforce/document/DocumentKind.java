package cn.statenforce.document;

/**
 * The enforcement documents (执法文书) the system fills in, with the official titles of the 统计执法文书 formats.
 * A numbered kind carries a 文号 from the register ({@link DocumentNumbers}) with its default 类别代字; a served kind
 * needs a service record (送达) before the dossier counts it.
 */
public enum DocumentKind {

	/** 统计执法检查通知书 (统计法 Art 38; served in advance of the inspection). */
	INSPECTION_NOTICE("统计执法检查通知书", "检通", true),
	/** 统计执法检查现场笔录: prefilled with party and officers, completed and signed on the spot. */
	INSPECTION_RECORD("统计执法检查现场笔录", null, false),
	/** 统计执法检查询问笔录. */
	INTERVIEW_RECORD("统计执法检查询问笔录", null, false),
	/** 立案审批表 with the handler's and the approver's boxes. */
	FILING_APPROVAL("统计行政处罚立案审批表", null, false),
	/** 案件调查终结报告. */
	INVESTIGATION_REPORT("统计行政处罚案件调查终结报告", null, false),
	/** 统计行政处罚事先告知书 (行政处罚法 Art 44); its service opens the statement and hearing-request windows. */
	PRIOR_NOTICE("统计行政处罚事先告知书", "罚告", true),
	/** 听证通知书 (行政处罚法 Art 64: served at least 7 working days before the hearing). */
	HEARING_NOTICE("统计行政处罚听证通知书", "听通", true),
	/** 法制审核意见表 (行政处罚法 Art 58). */
	LEGAL_REVIEW("统计行政处罚法制审核意见表", null, false),
	/** 案件集体讨论记录 (行政处罚法 Art 57(2)). */
	COLLECTIVE_DISCUSSION("统计行政处罚案件集体讨论记录", null, false),
	/** 行政处罚决定审批表. */
	DECISION_APPROVAL("统计行政处罚决定审批表", null, false),
	/** 统计行政处罚决定书 (行政处罚法 Art 59) with the remedy notice; its service starts payment, review and litigation. */
	PENALTY_DECISION("统计行政处罚决定书", "罚决", true),
	/** 责令改正通知书 (行政处罚法 Art 28). */
	CORRECTION_ORDER("责令改正通知书", "责改", true),
	/** 送达回证 for one served document (民事诉讼法 Arts 87–95). */
	SERVICE_RECEIPT("送达回证", null, false),
	/** 结案审批表. */
	CLOSING_APPROVAL("统计行政处罚结案审批表", null, false),
	/** 整改通知书 of a rectification plan or an enterprise's correction: the bureau's numbered notice of what to rectify by when. */
	RECTIFICATION_NOTICE("整改通知书", "整通", false),
	/** 整改情况报告 of a rectification plan: problems, measures, mechanisms and their state (not numbered). */
	RECTIFICATION_REPORT("整改情况报告", null, false);

	private final String title;

	private final String defaultCode;

	private final boolean served;

	DocumentKind(String title, String defaultCode, boolean served) {
		this.title = title;
		this.defaultCode = defaultCode;
		this.served = served;
	}

	/** The title printed on the document and shown to users. */
	public String title() {
		return title;
	}

	/** The 类别代字 of the default number format, or null for a kind without a 文号. */
	public String defaultCode() {
		return defaultCode;
	}

	public boolean numbered() {
		return defaultCode != null;
	}

	/** The document must be served on the party (送达) and its service recorded. */
	public boolean served() {
		return served;
	}

}
