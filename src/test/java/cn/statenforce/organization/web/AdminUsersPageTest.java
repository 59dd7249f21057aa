package cn.statenforce.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;

/** 系统管理 → 用户与统计局 as pages: users with roles, password, lock and 统计执法证; bureaus below the admin's own. */
@StatEnforceTest
class AdminUsersPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	UserService users;

	@Autowired
	BureauService bureaus;

	@Autowired
	PasswordEncoder encoder;

	private RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	@Test
	void shouldCreateAUserWithACertificateThenEditRolesResetThePasswordAndUnlock() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		LocalDate from = LocalDate.of(2025, 3, 1); // a Saturday: certificates are issued on any day
		LocalDate to = from.plusYears(5).minusDays(1);
		mvc.perform(post("/admin/users").with(as("yuhu.admin")).with(csrf())
			.param("username", "yuhu.wangfang.admin13").param("displayName", "王芳芳").param("password", "Hx7#qLp2vR")
			.param("bureauId", String.valueOf(yuhu)).param("roles", "INSPECTOR").param("phone", "0731-58581234")
			.param("certNumber", "湘统执2025009").param("validFrom", from.toString()).param("validTo", to.toString())
			.param("issuedBy", "湖南省统计局"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "已新建用户"));
		var created = users.summary("yuhu.wangfang.admin13");
		assertThat(created.roles()).containsExactly(Role.INSPECTOR);
		assertThat(created.certNumber()).isEqualTo("湘统执2025009");
		assertThat(created.certValidTo()).isEqualTo(to);
		String page = page("/admin/users/" + created.id());
		assertThat(page).contains("王芳芳", "湘统执2025009", from + " 至 " + to, "湖南省统计局");
		assertThat(page("/admin/users?q=王芳芳")).contains("yuhu.wangfang.admin13", "湘统执2025009");

		mvc.perform(post("/admin/users/" + created.id()).with(as("yuhu.admin")).with(csrf())
			.param("displayName", "王芳芳").param("roles", "INSPECTOR", "LEGAL_REVIEWER").param("enabled", "true"))
			.andExpect(flash().attribute("message", "已保存"));
		assertThat(users.roles(created.id())).containsExactlyInAnyOrder(Role.INSPECTOR, Role.LEGAL_REVIEWER);

		// the system administrator's role is never granted here; nothing changes
		mvc.perform(post("/admin/users/" + created.id()).with(as("yuhu.admin")).with(csrf())
			.param("displayName", "王芳芳").param("roles", "SYSTEM_ADMIN").param("enabled", "true"))
			.andExpect(flash().attributeExists("errorMessage"));
		assertThat(users.roles(created.id())).containsExactlyInAnyOrder(Role.INSPECTOR, Role.LEGAL_REVIEWER);

		mvc.perform(post("/admin/users/" + created.id() + "/password").with(as("yuhu.admin")).with(csrf())
			.param("password", "12345678"))
			.andExpect(flash().attributeExists("errorMessage"));
		mvc.perform(post("/admin/users/" + created.id() + "/password").with(as("yuhu.admin")).with(csrf())
			.param("password", "Tz4!mWq9sK"))
			.andExpect(flash().attribute("message", "已重置密码，请将新密码告知本人并提醒其尽快修改"));
		assertThat(encoder.matches("Tz4!mWq9sK", users.findByUsername("yuhu.wangfang.admin13").passwordHash())).isTrue();

		mvc.perform(post("/admin/users/" + created.id() + "/unlock").with(as("yuhu.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "已解除锁定"));

		// a second certificate whose validity ends before it starts: refused, nothing registered
		mvc.perform(post("/admin/users/" + created.id() + "/certificates").with(as("yuhu.admin")).with(csrf())
			.param("certNumber", "湘统执2030001").param("validFrom", "2030-03-01").param("validTo", "2030-02-28"))
			.andExpect(flash().attribute("errorMessage", "有效期至不能早于有效期起"));
		assertThat(users.certificates(created.id())).hasSize(1);
	}

	@Test
	void shouldKeepADistrictAdministratorToTheirOwnBureau() throws Exception {
		long city = bureaus.bureauByRegionCode("430300").id();
		// editing the city's bureau: not theirs (404, as for any record outside the data scope)
		mvc.perform(post("/admin/bureaus/" + city).with(as("yuhu.admin")).with(csrf()).param("name", "改名").param("docPrefix", "改"))
			.andExpect(status().isNotFound());
		assertThat(bureaus.bureau(city).name()).isEqualTo("湘潭市统计局");
		long cityLeader = users.summary("city.leader").id();
		mvc.perform(get("/admin/users/" + cityLeader).with(as("yuhu.admin"))).andExpect(status().isNotFound());
		// under the district only: 430382 does not lie inside 430302
		mvc.perform(post("/admin/bureaus").with(as("yuhu.admin")).with(csrf()).param("regionCode", "430382")
			.param("name", "韶山市统计局").param("docPrefix", "韶统"))
			.andExpect(flash().attributeExists("errorMessage"));
		assertThat(bureaus.bureauByRegionCode("430382")).isNull();
		// the city's administrator registers it under the city
		mvc.perform(post("/admin/bureaus").with(as("city.admin")).with(csrf()).param("regionCode", "430382")
			.param("name", "韶山市统计局").param("docPrefix", "韶统"))
			.andExpect(flash().attribute("message", "已新建下级统计局"));
		assertThat(bureaus.bureauByRegionCode("430382").parentId()).isEqualTo(city);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(as("yuhu.admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
