package cn.statenforce.credit;

/** The code lists of statistical credit, each with its Chinese label. */
public final class CreditEnums {

	private CreditEnums() {
	}

	public enum RecordStatus {

		PROPOSED("认定待审批"), NOT_IDENTIFIED("不予认定"), PUBLISHED("公示中"), EXPIRED("公示期满移出"), REPAIRED("信用修复提前移出"),
		REVOKED("认定依据撤销移出");

		private final String label;

		RecordStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Why a published record is to be removed early. */
	public enum RepairKind {

		/** 信用修复: corrected, penalty performed, commitment given. */
		REPAIR("信用修复"),
		/** The penalty decision the identification rests on was revoked (复议、诉讼或自行纠正). */
		REVOKED("认定依据被撤销");

		private final String label;

		RepairKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum RepairStatus {

		REVIEWING("待审核"), APPROVING("待审批"), APPROVED("已批准移出"), REJECTED("未予修复");

		private final String label;

		RepairStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean open() {
			return this == REVIEWING || this == APPROVING;
		}

	}

	public enum CommitmentKind {

		/** 主动承诺 (e.g. "统计信用 e 起承诺"). */
		GENERAL("信用承诺"),
		/** 信用修复承诺书, a condition of credit repair. */
		REPAIR("信用修复承诺");

		private final String label;

		CommitmentKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
