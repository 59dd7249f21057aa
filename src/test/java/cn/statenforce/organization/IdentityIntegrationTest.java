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
			.contains("camunda-admin", "ADMIN_430300");
	}

}
