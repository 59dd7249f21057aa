package cn.statenforce.rectification;

import java.util.Set;

import cn.statenforce.organization.Role;

/** What a directory entry names: a responsible unit (责任单位) or a responsible leader (责任领导). */
public enum ResponsibleKind {

	/** 责任单位 (科室、股室、下属单位): works the measure; its linked accounts see it in 待办. */
	UNIT("责任单位", Set.of(Role.RECTIFICATION_OWNER)),
	/** 责任领导 (分管领导、局长): signs the measure off; its linked accounts get the sign-off task. */
	LEADER("责任领导", Set.of(Role.LEADER, Role.DIRECTOR));

	private final String label;

	private final Set<Role> accountRoles;

	ResponsibleKind(String label, Set<Role> accountRoles) {
		this.label = label;
		this.accountRoles = accountRoles;
	}

	public String label() {
		return label;
	}

	/** The roles an account must hold to be linked to an entry of this kind. */
	public Set<Role> accountRoles() {
		return accountRoles;
	}

}
