package cn.statenforce.enforcementcase;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;

/** Membership of the investigation team: only inspectors of the bureau with a certificate valid today. */
@Component
class CaseMembers {

	private final EnforcementCaseMapper mapper;
	private final UserService users;

	CaseMembers(EnforcementCaseMapper mapper, UserService users) {
		this.mapper = mapper;
		this.users = users;
	}

	/** Adds the inspector (once); 400 when not a certified inspector of the case's bureau. Returns the inspector. */
	UserSummary add(EnforcementCase c, String username) {
		UserSummary u = users.byUsernames(List.of(username)).get(username);
		if (u == null || !u.hasRole(Role.INSPECTOR) || !c.getBureauId().equals(u.bureauId())) {
			throw new BadRequestException("inspectors", username + " 不是本局执法人员");
		}
		if (!u.hasCertificateValidOn(AppClock.today())) {
			throw new BadRequestException("inspectors", u.displayName() + " 的统计执法证已过期或未登记，不能参与执法");
		}
		if (mapper.selectInspectors(c.getId()).stream().anyMatch(i -> i.username().equals(username))) {
			return u;
		}
		mapper.insertInspector(new CaseParts.Inspector(null, c.getId(), username, u.displayName(), u.certNumber(),
				u.certValidTo(), false, null, AppClock.today(), null, null, null));
		return u;
	}

	/** Adds the user only if he may take part (e.g. the handler at filing); otherwise leaves the team as it is. */
	void addIfCertified(EnforcementCase c, String username) {
		UserSummary u = users.byUsernames(List.of(username)).get(username);
		if (u != null && u.hasRole(Role.INSPECTOR) && u.hasCertificateValidOn(AppClock.today())
				&& c.getBureauId().equals(u.bureauId())) {
			add(c, username);
		}
	}

}
