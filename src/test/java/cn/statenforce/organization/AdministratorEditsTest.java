package cn.statenforce.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * Optimistic locking of the administrator's edits (issue 16): a user's and a bureau's edit made twice on the version
 * the administrator read → the first wins, the second is 409 and changes nothing; who may edit (the ADMIN of the
 * user's bureau or above; a bureau's parent's ADMIN).
 */
@StatEnforceTest
class AdministratorEditsTest {

	@Autowired
	UserService users;

	@Autowired
	BureauService bureaus;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser as(String username) {
		AppUser u = users.findByUsername(username);
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), users.roles(u.id()));
	}

	@Test
	void shouldRefuseAUserEditMadeOnAStaleVersion() {
		long yuhu = as("yuhu.admin").bureauId();
		String username = "yuhu.lock" + System.nanoTime() % 100000;
		UserSummary created = users.createUser(username, "欧阳晓雯", "Xt-2026-statenforce", yuhu, EnumSet.of(Role.INSPECTOR),
				"0731-58220000", null);
		int read = created.rowVersion();
		UserSummary edited = users.updateUser(as("yuhu.admin"), created.id(), read, "欧阳晓雯", "0731-58221234",
				"ouyang.xw@example.cn", true, EnumSet.of(Role.INSPECTOR, Role.LEGAL_REVIEWER));
		assertThat(edited.rowVersion()).isEqualTo(read + 1);
		assertThat(edited.roles()).containsExactlyInAnyOrder(Role.INSPECTOR, Role.LEGAL_REVIEWER);
		// the city's administrator, on the version both read, would disable the account: stale, nothing changes
		assertThatThrownBy(() -> users.updateUser(as("city.admin"), created.id(), read, "欧阳晓雯", null, null, false,
				EnumSet.of(Role.INSPECTOR))).isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		UserSummary now = users.summary(username);
		assertThat(now.enabled()).isTrue();
		assertThat(now.roles()).containsExactlyInAnyOrder(Role.INSPECTOR, Role.LEGAL_REVIEWER);
		assertThat(jdbc.queryForObject("SELECT phone FROM app_user WHERE username = ?", String.class, username))
			.isEqualTo("0731-58221234");
		// a sibling district's administrator does not see the user; no one grants the system administrator role here
		assertThatThrownBy(() -> users.updateUser(as("yuetang.admin"), created.id(), now.rowVersion(), "欧阳晓雯", null, null,
				true, EnumSet.of(Role.INSPECTOR))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> users.updateUser(as("yuhu.admin"), created.id(), now.rowVersion(), "欧阳晓雯", null, null,
				true, EnumSet.of(Role.SYSTEM_ADMIN))).isInstanceOf(cn.statenforce.shared.BadRequestException.class);
	}

	@Test
	void shouldRefuseABureauEditMadeOnAStaleVersion() {
		Bureau yuhu = bureaus.bureau(as("yuhu.admin").bureauId());
		int read = yuhu.rowVersion();
		// the district's own administrator does not rename it: the bureau belongs to the city
		assertThatThrownBy(() -> bureaus.updateBureau(as("yuhu.admin"), yuhu.id(), read, yuhu.name(), yuhu.docPrefix()))
			.isInstanceOf(ForbiddenException.class);
		// the same name and 机关代字 again (other tests read them): the version still moves
		Bureau edited = bureaus.updateBureau(as("city.admin"), yuhu.id(), read, yuhu.name(), yuhu.docPrefix());
		assertThat(edited.rowVersion()).isEqualTo(read + 1);
		assertThatThrownBy(() -> bureaus.updateBureau(as("city.admin"), yuhu.id(), read, "湘潭市雨湖区统计局（改）", "雨统改"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(bureaus.bureau(yuhu.id())).satisfies(b -> {
			assertThat(b.name()).isEqualTo(yuhu.name());
			assertThat(b.docPrefix()).isEqualTo(yuhu.docPrefix());
			assertThat(b.rowVersion()).isEqualTo(read + 1);
		});
	}

}
