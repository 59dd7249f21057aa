package cn.statenforce.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.statenforce.StatEnforceTest;

/** The engine reads users and groups from the domain tables: one user list, bureau-scoped groups. */
@StatEnforceTest
class IdentityIntegrationTest {

	@Autowired
	IdentityService identityService;

	@Autowired
	UserService users;

	@Test
	void shouldExposeDomainUsersToTheEngine() {
		User leader = identityService.createUserQuery().userId("yuhu.leader").singleResult();
		assertThat(leader).isNotNull();
		assertThat(leader.getFirstName()).isNotBlank();
		assertThat(identityService.checkPassword("yuhu.leader", "demo123456")).isTrue();
		assertThat(identityService.checkPassword("yuhu.leader", "wrong")).isFalse();
	}

	@Test
	void shouldScopeGroupsToTheUsersBureau() {
		List<String> groups = identityService.createGroupQuery().groupMember("yuhu.leader").list().stream()
			.map(Group::getId)
			.toList();
		assertThat(groups).containsExactlyInAnyOrder("LEADER", "LEADER_430302");
		List<String> members = identityService.createUserQuery().memberOfGroup("INSPECTOR_430302").list().stream()
			.map(User::getId)
			.toList();
		assertThat(members).contains("yuhu.inspector1", "yuhu.inspector2", "yuhu.inspector3")
			.doesNotContain("yuetang.inspector1", "city.inspector1", "yuhu.leader");
		assertThat(identityService.createGroupQuery().groupMember("city.admin").list())
			.extracting(Group::getId)
			.containsExactlyInAnyOrder("ADMIN", "ADMIN_430300");
	}

	@Test
	void shouldMapTheEnginesAdministratorsGroupToTheSystemAdministratorOnly() {
		assertThat(identityService.createGroupQuery().groupMember("sysadmin").list())
			.extracting(Group::getId)
			.containsExactlyInAnyOrder("SYSTEM_ADMIN", "camunda-admin");
		assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
			.extracting(User::getId)
			.containsExactly("sysadmin");
		// the system administrator is no bureau's staff: no bureau-scoped group exists for it
		assertThat(identityService.createGroupQuery().groupId("SYSTEM_ADMIN_430300").count()).isZero();
		assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
			.noneMatch(id -> id.startsWith("SYSTEM_ADMIN_"));
	}

	/**
	 * 待办 and the workbench ask the engine two to five times in one request for tasks offered to the user's groups;
	 * the groups are read once per request, and a change of roles shows from the next request on.
	 */
	@Test
	@Transactional
	void shouldReadAUsersGroupsOncePerRequestAndAfreshInTheNext() {
		long yuhu = users.findByUsername("yuhu.admin").bureauId();
		AppUser admin = users.findByUsername("yuhu.admin");
		CurrentUser asAdmin = new CurrentUser(admin.id(), admin.username(), admin.displayName(), admin.bureauId(),
				users.roles(admin.id()));
		UserSummary created = users.createUser("yuhu.groups1", "司马晓燕", "Xt-2026-statenforce", yuhu,
				EnumSet.of(Role.INSPECTOR), null, null);
		try {
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			assertThat(groupsOf("yuhu.groups1")).containsExactlyInAnyOrder("INSPECTOR", "INSPECTOR_430302");
			users.updateUser(asAdmin, created.id(), "司马晓燕", EnumSet.of(Role.LEGAL_REVIEWER), null, null, true);
			// the same request: what the engine read first
			assertThat(groupsOf("yuhu.groups1")).containsExactlyInAnyOrder("INSPECTOR", "INSPECTOR_430302");
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			assertThat(groupsOf("yuhu.groups1")).containsExactlyInAnyOrder("LEGAL_REVIEWER", "LEGAL_REVIEWER_430302");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		// outside a request every call reads
		assertThat(groupsOf("yuhu.groups1")).containsExactlyInAnyOrder("LEGAL_REVIEWER", "LEGAL_REVIEWER_430302");
	}

	private List<String> groupsOf(String username) {
		return identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
	}

}
