package cn.statenforce.evidence;

/** The kinds of record that carry evidence files, with their attachment owner type and timeline subject. */
public enum EvidenceRecord {

	/** 执法案件. */
	CASE("CASE_EVIDENCE", "ENFORCEMENT_CASE", "执法案件"),
	/** 执法检查. */
	INSPECTION("INSPECTION_EVIDENCE", "INSPECTION", "检查记录");

	private final String ownerType;

	private final String subjectType;

	private final String label;

	EvidenceRecord(String ownerType, String subjectType, String label) {
		this.ownerType = ownerType;
		this.subjectType = subjectType;
		this.label = label;
	}

	public String ownerType() {
		return ownerType;
	}

	public String subjectType() {
		return subjectType;
	}

	public String label() {
		return label;
	}

}
