package cn.statenforce.inspection;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;

/**
 * The inspection additions on MariaDB 10.11 over the API: the V3_10/V3_11 migrations, a 重点检查 with its topic and
 * named unit (targets, draw of the inspectors only), the replacement of an inspector, and the year-end figures'
 * SQL (distinct conditional counts, topic breakdown, on-the-spot fines) with the XLSX export under HTTP Basic.
 */
@StatEnforceMariaDbIT
class InspectionMariaDbIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserService users;

	@Test
	void shouldRunAKeyCheckReplaceAnInspectorAndReportTheYear() throws Exception {
		long yuhu = jdbc.queryForObject("SELECT id FROM bureau WHERE region_code = '430302'", Long.class);
		String code = jdbc.queryForObject("SELECT credit_code FROM enterprise WHERE bureau_id = ? ORDER BY id DESC LIMIT 1",
				String.class, yuhu);
		long item = jdbc.queryForObject("SELECT MIN(id) FROM inspection_item WHERE bureau_id IS NULL", Long.class);
		String body = "{\"title\":\"统计数据质量重点检查\",\"planType\":\"KEY\",\"planYear\":" + AppClock.today().getYear()
				+ ",\"topic\":\"DATA_QUALITY\",\"riskWeight\":1,\"plannedDate\":\"" + AppClock.today() + "\",\"itemIds\":[" + item
				+ "],\"targets\":[{\"creditCode\":\"" + code + "\",\"reason\":\"主要指标与税务、电力数据差异较大\"}]}";
		long plan = json.readTree(mvc.perform(post("/api/inspection/plans").with(api("yuhu.legal"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asLong();
		mvc.perform(post("/api/inspection/plans/{id}/submit", plan).with(api("yuhu.legal"))).andExpect(status().isOk());
		mvc.perform(post("/api/inspection/plans/{id}/decision", plan).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"opinion\":\"同意\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/inspection/plans/{id}/draws", plan).param("seed", "7").with(api("yuhu.legal")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.unitCount").value(1))
			.andExpect(jsonPath("$.parameters").value(org.hamcrest.Matchers.containsString(";targeted=true")));
		JsonNode started = json.readTree(mvc.perform(post("/api/inspection/plans/{id}/start", plan).with(api("yuhu.legal")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(started.get(0).get("creditCode").asText()).isEqualTo(code);
		long inspection = started.get(0).get("id").asLong();
		String leaving = started.get(0).get("inspector1").asText();

		String newcomer = "yuhu.inspector.maria";
		if (users.findByUsername(newcomer) == null) {
			UserSummary u = users.createUser(newcomer, "马丽娅", "demo123456", yuhu, EnumSet.of(Role.INSPECTOR), null, null);
			users.addCertificate(u.id(), "430302050201", AppClock.today().minusYears(1), AppClock.today().plusYears(3),
					"湖南省统计局", "服务业");
		}
		mvc.perform(post("/api/inspection/inspections/{id}/inspector-replacements", inspection).with(api("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"replaced\":\"" + leaving + "\",\"replacement\":\"" + newcomer + "\",\"reason\":\"原执法人员长期病假\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.inspector1").value(newcomer));
		mvc.perform(get("/api/inspection/inspections/{id}/inspector-replacements", inspection).with(api("yuhu.leader")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].replaced").value(leaving))
			.andExpect(jsonPath("$[0].reason").value("原执法人员长期病假"));

		int year = AppClock.today().getYear();
		mvc.perform(get("/api/reports/annual").param("year", "" + year).with(api("city.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("湘潭市统计局（全辖）" + year + "年度统计"))
			.andExpect(jsonPath("$.sections.length()").value(5));
		mvc.perform(get("/api/reports/annual/export").param("year", "" + year).with(api("yuhu.leader")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(List.of(jdbc.queryForObject("SELECT topic FROM inspection_plan WHERE id = ?", String.class, plan)))
			.containsExactly("DATA_QUALITY");
	}

}
