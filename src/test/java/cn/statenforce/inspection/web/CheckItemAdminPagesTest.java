package cn.statenforce.inspection.web;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/**
 * 检查事项清单 as the bureau's administrator keeps it: add, edit, 停用 on the version read; a stale version is 409 and
 * changes nothing; a blank or over-long title is 400 naming the field in Chinese; a sibling bureau cannot touch it.
 */
@StatEnforceTest
class CheckItemAdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldLetTheAdministratorAddEditAndDeactivateACheckItemOnTheVersionRead() throws Exception {
		String title = "统计台账与原始记录是否一致（雨湖区本局事项）";
		mvc.perform(get("/inspection/items").with(page(users, "yuhu.admin"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("检查事项清单")))
			.andExpect(content().string(Matchers.containsString("新增本局检查事项")));
		mvc.perform(post("/inspection/items").with(page(users, "yuhu.admin")).with(csrf())
			.param("title", title).param("basis", "《统计法》第二十一条"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM inspection_item WHERE title = ?", title);
		long id = ((Number) row.get("ID")).longValue();
		int version = ((Number) row.get("ROW_VERSION")).intValue();
		assertThat(row.get("ACTIVE")).isEqualTo(true);
		assertThat(jdbc.queryForObject("SELECT b.name FROM bureau b WHERE b.id = ?", String.class, row.get("BUREAU_ID")))
			.isEqualTo("雨湖区统计局");

		// 停用: the active box left unticked, on the version read
		mvc.perform(post("/inspection/items/{id}", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(version)).param("title", title + "（已停用）")
			.param("basis", "《统计法》第二十一条").param("sortOrder", "120"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> after = jdbc.queryForMap("SELECT * FROM inspection_item WHERE id = ?", id);
		assertThat(after.get("ACTIVE")).isEqualTo(false);
		assertThat(after.get("TITLE")).isEqualTo(title + "（已停用）");
		assertThat(((Number) after.get("ROW_VERSION")).intValue()).isEqualTo(version + 1);
		// the deactivated item is not offered for a new plan
		mvc.perform(get("/inspection/plans/new").with(page(users, "yuhu.legal"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(title))));

		// the same stale version again: 409, nothing changed
		mvc.perform(post("/inspection/items/{id}", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(version)).param("title", "另一人的修改").param("active", "true")
			.param("sortOrder", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("已被他人修改")));
		assertThat(jdbc.queryForObject("SELECT title FROM inspection_item WHERE id = ?", String.class, id))
			.isEqualTo(title + "（已停用）");

		// a blank title and one of 201 characters: 400 naming 检查事项名称
		mvc.perform(post("/inspection/items/{id}", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(version + 1)).param("title", "  ").param("sortOrder", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("检查事项名称")));
		mvc.perform(post("/inspection/items").with(page(users, "yuhu.admin")).with(csrf())
			.param("title", "统".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("检查事项名称")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_item WHERE title = ?", Integer.class, "统".repeat(201))).isZero();
		// reactivated by the administrator
		mvc.perform(post("/inspection/items/{id}", id).with(page(users, "yuhu.admin")).with(csrf())
			.param("version", String.valueOf(version + 1)).param("title", title).param("active", "true")
			.param("sortOrder", "120"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT active FROM inspection_item WHERE id = ?", Boolean.class, id)).isTrue();
		// another district's administrator may not edit it
		int current = jdbc.queryForObject("SELECT row_version FROM inspection_item WHERE id = ?", Integer.class, id);
		mvc.perform(post("/inspection/items/{id}", id).with(page(users, "yuetang.admin")).with(csrf())
			.param("version", String.valueOf(current)).param("title", "越权修改").param("sortOrder", "1"))
			.andExpect(status().is4xxClientError());
		assertThat(jdbc.queryForObject("SELECT title FROM inspection_item WHERE id = ?", String.class, id)).isEqualTo(title);
	}

}
