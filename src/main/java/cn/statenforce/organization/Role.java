package cn.statenforce.organization;

/**
 * A user's role. Each bureau role is also a Camunda group, scoped to the user's bureau (see {@link TaskGroups}).
 * {@link #SYSTEM_ADMIN} is not a bureau role: it belongs to the installation's operator.
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
	/** 管理员: users and calendar of their bureau (and the bureaus below it). */
	ADMIN("管理员"),
	/**
	 * 系统管理员: the installation's operator. Owns the engine console (Cockpit/Admin/Tasklist) and
	 * {@code /engine-rest} (read-only, plus job retries and incident handling) and is the only member of the
	 * engine's {@code camunda-admin} group. Never granted through the application: created from configuration
	 * ({@code statenforce.bootstrap.sysadmin-*}) or by the demo data.
	 */
	SYSTEM_ADMIN("系统管理员");

	/**
	 * A bureau's staff: who reads and works its enforcement records (cases, directory units, plans, trainings). Not a
	 * rectification unit's account, not the system administrator.
	 */
	public static final java.util.Set<Role> BUREAU_STAFF = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(INSPECTOR, LEGAL_REVIEWER, LEADER, DIRECTOR, ADMIN));

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

	/** True for the roles a bureau grants to its staff (every role but {@link #SYSTEM_ADMIN}). */
	public boolean isBureauRole() {
		return this != SYSTEM_ADMIN;
	}

}
