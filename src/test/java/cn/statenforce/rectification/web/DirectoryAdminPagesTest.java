package cn.statenforce.rectification.web;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/**
 * 整改责任单位与领导 as the bureau's administrator keeps it: add, rename, 停用 and 启用 on the version read (page and API);
 * a stale version is 409 and changes nothing; a blank name is 400 in Chinese; a deactivated unit is no longer offered
 * on the plan page but stays in the directory.
 */
@StatEnforceTest
class DirectoryAdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private long id(String name) {
		return jdbc.queryForObject("SELECT id FROM rect_responsible WHERE kind = 'UNIT' AND name = ?", Long.class, name);
	}

	private int version(long id) {
		return jdbc.queryForObject("SELECT row_version FROM rect_responsible WHERE id = ?", Integer.class, id);
	}

	@Test
	void shouldLetTheAdministratorRenameDeactivateAndReactivateAUnitOnTheVersionRead() throws Exception {
		String unit = "雨湖区统计局执法监督股";
		mvc.perform(post("/rectification/directory").with(page(users, "yuhu.admin")).with(csrf())
			.param("kind", "UNIT").param("name", unit))
			.andExpect(flash().attribute("message", "已添加到目录"));
		long id = id(unit);
		int v0 = version(id);

		// rename on the version read; the old name is remembered as an alias
		mvc.perform(post("/rectification/directory/{id}", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(v0)).param("name", "雨湖区统计局执法监督科"))
			.andExpect(flash().attribute("message", "已保存"));
		assertThat(jdbc.queryForObject("SELECT name FROM rect_responsible WHERE id = ?", String.class, id)).isEqualTo("雨湖区统计局执法监督科");
		assertThat(version(id)).isEqualTo(v0 + 1);
		// the stale version: refused, nothing changed
		mvc.perform(post("/rectification/directory/{id}", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(v0)).param("name", "另一人的改名"))
			.andExpect(flash().attribute("errorMessage", Matchers.containsString("已被他人修改")));
		assertThat(jdbc.queryForObject("SELECT name FROM rect_responsible WHERE id = ?", String.class, id)).isEqualTo("雨湖区统计局执法监督科");

		// 停用 on the page
		mvc.perform(post("/rectification/directory/{id}/active", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(v0 + 1)).param("active", "false"))
			.andExpect(flash().attribute("message", "已停用，新的整改措施不再提供该条目"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rect_responsible_inactive WHERE responsible_id = ?", Integer.class, id))
			.isEqualTo(1);
		String page = mvc.perform(get("/rectification/directory").with(page(users, "yuhu.admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).containsPattern("data-entry=\"雨湖区统计局执法监督科\"[^>]*>\\s*<td>\\s*<span class=\"badge bg-secondary entry-inactive\">已停用</span>");

		// API: a stale version is 409 with a Chinese detail, a blank name 400 naming 名称, no change 400
		mvc.perform(put("/api/rectification/directory/{id}", id).with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\":true,\"version\":" + v0 + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("已被他人修改")));
		mvc.perform(put("/api/rectification/directory/{id}", id).with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"   \",\"version\":" + (v0 + 2) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("名称")));
		mvc.perform(put("/api/rectification/directory/{id}", id).with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + (v0 + 2) + "}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rect_responsible_inactive WHERE responsible_id = ?", Integer.class, id))
			.isEqualTo(1);
		// 启用 through the API on the current version
		mvc.perform(put("/api/rectification/directory/{id}", id).with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\":true,\"version\":" + (v0 + 2) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowVersion").value(v0 + 3));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rect_responsible_inactive WHERE responsible_id = ?", Integer.class, id))
			.isZero();
		// an inspector may not keep the directory; another district does not reach it
		mvc.perform(put("/api/rectification/directory/{id}", id).with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\":false,\"version\":" + (v0 + 3) + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/rectification/directory/{id}", id).with(api("yuetang.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\":false,\"version\":" + (v0 + 3) + "}"))
			.andExpect(status().is4xxClientError());
		assertThat(version(id)).isEqualTo(v0 + 3);
	}

}
