package cn.statenforce.enforcementcase;

/** 案件来源: where a lead came from (立案审批表 field). */
public enum CaseSource {

	/** 举报: a report by the public; the reporter's identity is confidential (统计法实施条例 Art 38). */
	REPORT("举报"),
	/** 数据审核: found by data review of submitted returns. */
	DATA_REVIEW("数据审核"),
	/** 上级交办: assigned by a higher bureau. */
	HIGHER_ASSIGNED("上级交办"),
	/** 部门移送: transferred by another department. */
	TRANSFERRED("部门移送"),
	/** 双随机抽查: found by a random inspection. */
	RANDOM_INSPECTION("双随机抽查"),
	/** 专项检查 */
	SPECIAL_INSPECTION("专项检查"),
	/** 重点检查 */
	KEY_INSPECTION("重点检查");

	private final String label;

	CaseSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
