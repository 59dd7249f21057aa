package cn.statenforce.complaint;

/** The code lists of a complaint, each with its Chinese label. */
public final class ComplaintEnums {

	private ComplaintEnums() {
	}

	/** 举报渠道. */
	public enum Channel {

		WEB("网上举报"), PHONE("电话举报"), MAIL("信函举报"), EMAIL("电子邮件"), VISIT("来访举报"), REFERRED("上级转办或部门转来");

		private final String label;

		Channel(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum ComplaintStatus {

		RECEIVED("待分办"), PROPOSED("分办待审批"), ACCEPTED("已受理，调查核实中"), PASSED_ON("已转有关部门"),
		OUTSIDE_REMIT("不属于受理范围"), HANDLED("已办结");

		private final String label;

		ComplaintStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean closed() {
			return this == PASSED_ON || this == OUTSIDE_REMIT || this == HANDLED;
		}

	}

	/** 分办: (1) a statistics violation → accept; (2) within the remit of another department → pass it on; (3) outside. */
	public enum TriageDecision {

		ACCEPT("受理（涉嫌统计违法）"), PASS_ON("转有关部门办理"), OUTSIDE_REMIT("不属于统计部门受理范围");

		private final String label;

		TriageDecision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** 核查办理结果. */
	public enum HandlingResult {

		CASE_LEAD("转为执法案件线索"), NO_VIOLATION("核查未发现统计违法"), OTHER("其他处理");

		private final String label;

		HandlingResult(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** How the reporter was told. */
	public enum ToldMethod {

		PHONE("电话告知"), MAIL("书面告知"), EMAIL("电子邮件告知"), ONLINE("网上查询告知"), IN_PERSON("当面告知"),
		UNREACHABLE("匿名或无联系方式，无法告知");

		private final String label;

		ToldMethod(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
