package cn.statenforce.organization;

/**
 * A user's role. Each role is also a Camunda group, scoped to the user's bureau (see {@link TaskGroups}).
 */
public enum Role {

	/** 执法人员: holds a 统计执法证, inspects and investigates. */
	INSPECTOR("执法人员"),
	/** 法制审核: legal review of major decisions. */
	LEGAL_REVIEWER("法制审核"),
	/** 分管领导: approves filings, ordinary decisions, sign-offs. */
	LEADER("分管领导"),
	/** 局长: approves major decisions, extensions; chairs collective discussion. */
	DIRECTOR("局长"),
	/** 整改责任单位: works rectification measures to closure. */
	RECTIFICATION_OWNER("整改责任单位"),
	/** 管理员: users, calendar, engine console. */
	ADMIN("管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
