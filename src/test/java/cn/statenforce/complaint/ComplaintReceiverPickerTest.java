package cn.statenforce.complaint;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;

/**
 * The receiver pickers of 转办 / 委派 and 委托代理 (search as you type, by name): for the inspector's 举报分办 only the
 * bureau's inspectors with a certificate valid today are offered (yuhu.inspector3's expired, the leader, another
 * bureau's inspector and the holder themselves are not), labelled with their names; only the holder may ask (a
 * colleague of the group 409, someone never offered the task 404); the
 * task page carries the pickers instead of a typed login name.
 */
@StatEnforceTest
class ComplaintReceiverPickerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService taskService;

	@Autowired
	ComplaintService complaints;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	private Task triage() {
		Enterprise unit = enterprises.search(f.as("yuhu.inspector1"), null, 1, 100).items().stream()
			.filter(e -> "ORGANIZATION".equals(e.partyType())).skip(12).findFirst().orElseThrow();
		ComplaintView c = complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("PHONE",
				AppClock.now().minusHours(1), unit.name(), "湘潭市雨湖区", "来电反映该公司2025年工业产值统计数据虚报。", false, "慕容秋实",
				"13907311111", null, "湘潭市雨湖区岳塘路1号"), List.of());
		String pid = jdbc.queryForObject("SELECT process_instance_id FROM complaint WHERE id = ?", String.class, c.id());
		return taskService.createTaskQuery().processInstanceId(pid).active().singleResult();
	}

	private List<Map<String, String>> options(String as, String url, Object... vars) throws Exception {
		String body = mvc.perform(get(url, vars).with(page(userDetails, as))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return json.readValue(body, new TypeReference<>() {
		});
	}

	@Test
	void shouldOfferOnlyCertifiedInspectorsOfTheBureauByName() throws Exception {
		Task t = triage();
		List<Map<String, String>> offered = options("yuhu.inspector1", "/pickers/task-receivers?task={id}&handover=TRANSFER", t.getId());
		assertThat(offered).extracting(o -> o.get("value")).contains("yuhu.inspector2")
			.doesNotContain("yuhu.inspector1", "yuhu.inspector3", "yuhu.leader", "yuetang.inspector1");
		String name = users.byUsernames(List.of("yuhu.inspector2")).get("yuhu.inspector2").displayName();
		assertThat(offered).filteredOn(o -> "yuhu.inspector2".equals(o.get("value"))).extracting(o -> o.get("label"))
			.containsExactly(name);
		// typing part of the name narrows the list
		assertThat(options("yuhu.inspector1", "/pickers/task-receivers?task={id}&handover=DELEGATE&q={q}", t.getId(),
				name.substring(0, 1))).extracting(o -> o.get("label")).allMatch(l -> l.contains(name.substring(0, 1)));
		// only the holder may ask who can receive the task
		mvc.perform(get("/pickers/task-receivers?task={id}", t.getId()).with(page(userDetails, "yuhu.inspector2")))
			.andExpect(status().isConflict());
		mvc.perform(get("/pickers/task-receivers?task={id}", t.getId()).with(page(userDetails, "yuhu.leader")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/pickers/task-receivers?task={id}&handover=ANY", t.getId()).with(page(userDetails, "yuhu.inspector1")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldOfferColleaguesWithTheSameRolesAsProxies() throws Exception {
		assertThat(options("yuhu.inspector1", "/pickers/proxies")).extracting(o -> o.get("value"))
			.contains("yuhu.inspector2", "yuhu.inspector3").doesNotContain("yuhu.inspector1", "yuhu.leader", "yuetang.inspector1");
	}

	@Test
	void shouldShowThePickersOnTheTaskAndProxyPages() throws Exception {
		Task t = triage();
		mvc.perform(get("/tasks/{id}", t.getId()).with(page(userDetails, "yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("transfer-receiver-picker")))
			.andExpect(content().string(containsString("delegate-receiver-picker")))
			.andExpect(content().string(containsString("copy-recipient-picker")))
			.andExpect(content().string(not(containsString("登录名"))));
		mvc.perform(get("/proxies").with(page(userDetails, "yuhu.inspector1"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("proxy-picker")))
			.andExpect(content().string(not(containsString("代理人登录名"))));
	}

}
