package cn.statenforce.operations;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

import cn.statenforce.enforcementcase.CaseConsistency;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.system.NavItem;

/**
 * 一致性检查: does every record's status agree with its process? The ADMIN sees the check of the own bureau under
 * 系统管理 → 一致性检查; the operator runs it over the whole installation as a command
 * ({@link ConsistencyCheckCommand}). Enforcement cases are the records whose status and process move together in
 * every step (see {@link CaseConsistency} for the rules).
 */
@Service
public class ConsistencyCheck {

	private final CaseConsistency cases;

	ConsistencyCheck(CaseConsistency cases) {
		this.cases = cases;
	}

	@Bean
	static NavItem navConsistency() {
		return new NavItem("系统管理", "一致性检查", "/admin/consistency", 94, Set.of(Role.ADMIN));
	}

	/** The ADMIN's own bureau. */
	public CaseConsistency.Report ofBureau(CurrentUser admin) {
		if (!admin.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("只有本局管理员可以执行一致性检查");
		}
		return cases.check(admin.bureauId());
	}

	/** The whole installation, including running processes without a record. */
	public CaseConsistency.Report all() {
		return cases.check(null);
	}

}
