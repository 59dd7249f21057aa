package cn.statenforce.enforcementcase;

/** Small code lists of the case, each with its Chinese label. */
public final class CaseEnums {

	private CaseEnums() {
	}

	/** 处理意见 / 决定结果 (行政处罚法 Art 57). */
	public enum Disposition {

		/** 给予行政处罚 */
		PENALTY("给予行政处罚"),
		/** 违法行为轻微，不予行政处罚 */
		NO_PENALTY("不予行政处罚"),
		/** 违法事实不能成立，不予行政处罚 */
		NOT_ESTABLISHED("违法事实不成立"),
		/** 涉嫌犯罪，移送司法机关 */
		TRANSFER("移送司法机关");

		private final String label;

		Disposition(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** 线索核查意见. */
	public enum AssessmentProposal {

		FILE("建议立案"), NOT_FILE("建议不予立案"), SUMMARY("适用简易程序当场处罚");

		private final String label;

		AssessmentProposal(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** 证据 / 笔录 kinds (行政处罚法 Art 46, 55). */
	public enum EvidenceKind {

		INSPECTION_RECORD("现场检查笔录"), INTERVIEW_RECORD("询问笔录"), DOCUMENT("书证"), ELECTRONIC("电子数据"),
		AUDIO_VISUAL("视听资料"), WITNESS("证人证言"), PARTY_STATEMENT("当事人陈述"), OTHER("其他");

		private final String label;

		EvidenceKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Why the case clock pauses (each pause extends the deadline by its length). */
	public enum PauseReason {

		HEARING("听证"), PUBLIC_NOTICE("公告送达"), SUSPENSION("案件中止");

		private final String label;

		PauseReason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** 送达方式 (民事诉讼法 Arts 89–95). */
	public enum ServiceMethod {

		DIRECT("直接送达"), LEFT("留置送达"), POST("邮寄送达"), ENTRUSTED("委托送达"), PUBLIC_NOTICE("公告送达"),
		ELECTRONIC("电子送达");

		private final String label;

		ServiceMethod(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * How the party expressly waived a right (放弃陈述申辩 / 放弃听证, 《行政处罚法》第六十二条: "当事人明确表示放弃"): the
	 * waiver must be on record in a form that can be shown later.
	 */
	public enum WaiverMethod {

		/** 当事人提交的书面声明（放弃陈述申辩/听证声明书）. */
		WRITTEN("书面声明"),
		/** 当事人口头表示，执法人员制作笔录并由当事人签字确认. */
		ORAL_RECORDED("口头表示并记入笔录"),
		/** 当事人在事先告知书送达回证上签注放弃. */
		RECEIPT_NOTE("在送达回证上签注");

		private final String label;

		WaiverMethod(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** 复议 or 诉讼. */
	public enum AppealKind {

		REVIEW("行政复议"), LITIGATION("行政诉讼");

		private final String label;

		AppealKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Kinds of opinion recorded on the case. */
	public enum OpinionKind {

		ASSESSMENT("核查意见"), NOT_FILING_APPROVAL("不予立案审批"), FILING_APPROVAL("立案审批"), RECUSAL("回避决定"), RECUSAL_REQUEST("回避申请"),
		INVESTIGATION_REPORT("调查终结报告"), PROPOSAL("拟处理意见"), PRIOR_NOTICE("事先告知"), STATEMENT("陈述申辩"),
		HEARING("听证"), LEGAL_REVIEW("法制审核"), COLLECTIVE_DISCUSSION("集体讨论"), DECISION_APPROVAL("决定审批"),
		SERVICE("送达"), PAYMENT("缴款"), RECHECK("复查"), UNCORRECTED("未改正处理"), TRANSFER("移送"),
		CLOSURE_APPROVAL("结案审批"), PUBLICATION("公示"), ARCHIVE("归档"), EXTENSION("延期审批"), OVERDUE("逾期督办"),
		SUMMARY_DECISION("当场处罚决定");

		private final String label;

		OpinionKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
