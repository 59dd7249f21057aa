package cn.statenforce.leadtransfer;

/** The code lists of a lead transfer, each with its Chinese label. */
public final class TransferEnums {

	private TransferEnums() {
	}

	/** 移送对象. */
	public enum RecipientType {

		/** 统计法 2024 第四十六条, 监察法第三十七条. */
		DISCIPLINE_SUPERVISION("纪检监察机关（纪委监委）"),
		/** 统计法 2024 第四十六条: proposal of a sanction to the appointing organ or unit. */
		APPOINTING_ORGAN("任免机关或单位"),
		/** 统计法实施条例第五十一条, 行政处罚法第五十七条第一款第（四）项. */
		JUDICIAL("司法机关");

		private final String label;

		RecipientType(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum TransferStatus {

		PENDING("待局长审批"), REJECTED("不予移送"), SENT("已移送，待回复"), REPLIED("已回复");

		private final String label;

		TransferStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The recipient's disposition (纪委 clue handling: 拟立案, 初核, 谈话函询, 暂存, 了结; organs: sanction or not). */
	public enum ReplyResult {

		FILED("立案审查调查"), PRELIMINARY_CHECK("初步核实"), TALK_OR_INQUIRY("谈话函询"), HELD("暂存待查"), CLOSED("予以了结"),
		SANCTIONED("已给予处分或处理"), NOT_SANCTIONED("不予处分"), JUDICIAL_FILED("司法机关已立案"),
		JUDICIAL_NOT_FILED("司法机关不予立案"), REFERRED("转其他机关办理");

		private final String label;

		ReplyResult(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Sanctions named in the reply (中国共产党纪律处分条例, 统计违法违纪行为处分规定, 公职人员政务处分法). */
	public enum SanctionType {

		PARTY_WARNING("党内警告"), PARTY_SERIOUS_WARNING("党内严重警告"), PARTY_POST_REMOVAL("撤销党内职务"),
		PARTY_PROBATION("留党察看"), PARTY_EXPULSION("开除党籍"), WARNING("警告"), DEMERIT("记过"), MAJOR_DEMERIT("记大过"),
		DEMOTION("降级"), DISMISSAL_FROM_POST("撤职"), EXPULSION("开除"), ADMONISHMENT("诫勉谈话"), CRIMINAL("追究刑事责任"),
		OTHER("其他处理");

		private final String label;

		SanctionType(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
