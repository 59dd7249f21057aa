package cn.statenforce.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;

/** The engine reads users and groups from the domain tables: one user list, bureau-scoped groups. */
@StatEnforceTest
class IdentityIntegrationTest {

	@Autowired
	IdentityService identityService;

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

}
