package cn.statenforce.directory;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * Bureau scoping on a scoped record (a directory unit of 雨湖区): its own bureau reads and writes, the city
 * bureau above reads but cannot write (403), the sibling 岳塘区 does not see it (404).
 */
@StatEnforceTest
class EnterpriseScopingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldScopeReadsAndWritesByBureau() throws Exception {
		long id = yuhuEnterpriseId();
		int version = jdbc.queryForObject("SELECT row_version FROM enterprise WHERE id = ?", Integer.class, id);
		String body = body(id);
		mvc.perform(get("/api/enterprises/{id}", id).with(api("yuhu.inspector1"))).andExpect(status().isOk());
		mvc.perform(get("/api/enterprises/{id}", id).with(api("city.leader"))).andExpect(status().isOk());
		mvc.perform(get("/api/enterprises/{id}", id).with(api("yuetang.inspector1")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("记录不存在"));
		mvc.perform(put("/api/enterprises/{id}?version={v}", id, version).with(api("yuetang.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(put("/api/enterprises/{id}?version={v}", id, version).with(api("city.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("上级统计局只能查阅下级单位的单位，不能修改"));
		assertThat(jdbc.queryForObject("SELECT row_version FROM enterprise WHERE id = ?", Integer.class, id)).isEqualTo(version);
		mvc.perform(put("/api/enterprises/{id}?version={v}", id, version).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.rowVersion").value(version + 1));
		// the same stale version again is a conflict
		mvc.perform(put("/api/enterprises/{id}?version={v}", id, version).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict());
	}

	@Test
	void shouldListOnlyReadableBureaus() throws Exception {
		// (other tests add units, so compare with the table rather than with the demo's 100 + 100)
		int yuhu = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE bureau_id = 2", Integer.class);
		int all = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE bureau_id IN (1, 2, 3)", Integer.class);
		assertThat(yuhu).isGreaterThanOrEqualTo(100);
		assertThat(all - yuhu).isGreaterThanOrEqualTo(100);
		mvc.perform(get("/api/enterprises?size=10").with(api("yuhu.inspector1"))).andExpect(jsonPath("$.total").value(yuhu));
		mvc.perform(get("/api/enterprises?size=10").with(api("city.inspector1"))).andExpect(jsonPath("$.total").value(all));
		mvc.perform(get("/api/enterprises?size=500").with(api("city.inspector1"))).andExpect(status().isBadRequest());
	}

	@Test
	void shouldRejectABadCheckDigitAndWriteNothing() throws Exception {
		String valid = UnifiedSocialCreditCode.of("91", "430302", String.format("%08d", System.nanoTime() % 100_000_000)).value();
		String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		String json = """
				{"creditCode":"%s","name":"测试单位","regionCode":"430302","partyType":"ORGANIZATION","onlineReporting":true}""";
		mvc.perform(post("/api/enterprises").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(wrong)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, wrong)).isZero();
		mvc.perform(post("/api/enterprises").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(valid))).andExpect(status().isCreated());
		mvc.perform(post("/api/enterprises").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(valid))).andExpect(status().isConflict());
		mvc.perform(post("/api/enterprises").with(api("yuhu.owner")).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(UnifiedSocialCreditCode.of("91", "430302", String.format("%08d", (System.nanoTime() + 7) % 100_000_000)).value())))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldKeepFourByteCharactersInDomainTables() {
		String name = jdbc.queryForObject(
				"SELECT name FROM enterprise WHERE bureau_id = 2 AND name LIKE '%\uD842\uDFB7%'", String.class);
		assertThat(name).contains("\uD842\uDFB7");
	}

	private long yuhuEnterpriseId() {
		return jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE bureau_id = 2", Long.class);
	}

	private String body(long id) {
		var row = jdbc.queryForMap("SELECT credit_code, name, region_code FROM enterprise WHERE id = ?", id);
		return """
				{"creditCode":"%s","name":"%s","regionCode":"%s","partyType":"ORGANIZATION","onlineReporting":true,"sizeClass":"SMALL"}"""
			.formatted(row.get("CREDIT_CODE"), row.get("NAME"), row.get("REGION_CODE"));
	}

}
