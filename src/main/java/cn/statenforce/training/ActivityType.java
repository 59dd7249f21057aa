package cn.statenforce.training;

/** 执法培训 or 普法宣传. */
public enum ActivityType {

	TRAINING("执法培训", "参训人次"), PUBLICITY("普法宣传", "覆盖人次");

	private final String label;

	private final String participantsLabel;

	ActivityType(String label, String participantsLabel) {
		this.label = label;
		this.participantsLabel = participantsLabel;
	}

	public String label() {
		return label;
	}

	public String participantsLabel() {
		return participantsLabel;
	}

}
