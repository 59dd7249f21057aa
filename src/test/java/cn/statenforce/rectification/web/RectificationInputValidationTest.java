package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;

/**
 * Every text of a rectification request that carries a constraint ({@code RectificationCommands}, the annotated
 * {@code FeedbackCommand}, {@code MeasureCommand}, {@code AmendmentCommand}): a blank required text or one over its
 * limit is a 400 whose {@code detail} names the field in Chinese, with {@code errors[0].field} the request's name,
 * and nothing is written (every rectification table, the timeline and the messages read the same afterwards). The
 * limits are the widths the texts had before they became annotations (反馈单位 200, 事项名称 300, 文号 100, 问题方面 300,
 * 问题描述 and 措施 2000, 单位 and 领导 200, 佐证材料 and 配合单位 500, 理由 and 意见 1000, 联络人 64, 报告 4000).
 */
@StatEnforceTest
class RectificationInputValidationTest {

	private static final String[] TABLES = { "rect_plan", "rect_aspect", "rect_problem", "rect_measure", "rect_progress",
			"rect_evidence", "rect_deadline_change", "rect_amendment", "rect_mechanism", "rect_responsible",
			"rect_responsible_alias", "rect_responsible_account", "rect_correction" };

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper objectMapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	cn.statenforce.rectification.CorrectionService corrections;

	@Autowired
	cn.statenforce.directory.EnterpriseService enterprises;

	@Autowired
	cn.statenforce.organization.UserService users;

	RectificationApiSupport api;

	long draft;

	long aspect;

	long problem;

	long draftMeasure;

	long plan;

	long publishedProblem;

	long measure;

	@BeforeEach
	void setUp() throws Exception {
		api = new RectificationApiSupport(mvc, objectMapper);
		// a Saturday as the day the feedback came, a deadline on a holiday (1 October)
		LocalDate received = AppClock.today().minusDays(AppClock.today().getDayOfWeek().getValue() + 1);
		LocalDate deadline = LocalDate.of(AppClock.today().getYear() + 1, 10, 1);
		draft = plan("长沙市雨湖区统计局统计督察反馈问题整改", received);
		aspect = id(api.post("yuhu.leader", "/plans/{id}/aspects", Map.of("title", "统计数据质量方面"), draft));
		problem = id(api.post("yuhu.leader", "/plans/{id}/problems",
				Map.of("aspectId", aspect, "description", "部分规模以上工业企业统计台账不健全"), draft));
		draftMeasure = measure(problem, deadline);

		plan = plan("区委巡察反馈统计工作问题整改", received);
		long a = id(api.post("yuhu.leader", "/plans/{id}/aspects", Map.of("title", "统计执法方面"), plan));
		publishedProblem = id(api.post("yuhu.leader", "/plans/{id}/problems",
				Map.of("aspectId", a, "description", "统计执法检查覆盖面不足"), plan));
		measure = measure(publishedProblem, deadline);
		api.post("yuhu.leader", "/plans/{id}/publish", Map.of(), plan).andExpect(status().isOk());
	}

	private long plan(String title, LocalDate received) throws Exception {
		return id(api.post("yuhu.leader", "/plans", feedback(Map.of("title", title, "receivedOn", received.toString()))));
	}

	private static Map<String, Object> feedback(Map<String, Object> changed) {
		Map<String, Object> body = new LinkedHashMap<>(Map.of("source", "PATROL", "sourceBody", "中共长沙市雨湖区委第二巡察组",
				"receivedOn", AppClock.today().toString(), "documentNumber", "雨巡反〔2026〕3号", "title", "巡察反馈问题整改",
				"planLeader", "yuhu.director"));
		body.putAll(changed);
		return body;
	}

	private long measure(long problemId, LocalDate deadline) throws Exception {
		return id(api.post("yuhu.leader", "/problems/{id}/measures", measureBody(Map.of()), problemId).andExpect(status().isCreated()));
	}

	private static Map<String, Object> measureBody(Map<String, Object> changed) {
		Map<String, Object> body = new LinkedHashMap<>(Map.of("content", "建立健全统计台账并逐月核对",
				"owner", "yuhu.owner", "leader", "yuhu.leader",
				"deadline", LocalDate.of(AppClock.today().getYear() + 1, 10, 1).toString(), "category", "限期整改",
				"requiredEvidence", "统计台账扫描件", "coUnits", "区发改局"));
		body.putAll(changed);
		return body;
	}

	private long id(org.springframework.test.web.servlet.ResultActions r) throws Exception {
		return api.read(r).get("id").asLong();
	}

	/** Each rectification table, the timeline and the messages, row by row. */
	private List<Object> state() {
		List<Object> rows = new ArrayList<>();
		for (String t : TABLES) {
			for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + t + " ORDER BY 1, 2")) {
				row.replaceAll((column, value) -> value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : value);
				rows.add(t + row);
			}
		}
		rows.add(jdbc.queryForObject("SELECT COUNT(*) FROM activity_log", Long.class));
		rows.add(jdbc.queryForObject("SELECT COUNT(*) FROM notification", Long.class));
		return rows;
	}

	@FunctionalInterface
	interface Call {

		org.springframework.test.web.servlet.ResultActions perform() throws Exception;

	}

	/** 400 with {@code field} in errors, the Chinese {@code name} in the detail, nothing written. */
	private void refused(String field, String name, Call call) throws Exception {
		List<Object> before = state();
		JsonNode problem = api.read(call.perform().andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").get(0).get("field").asText()).as(field).isEqualTo(field);
		assertThat(problem.get("detail").asText()).as(field).contains(name).doesNotContain(field);
		assertThat(state()).as("nothing written for " + field).isEqualTo(before);
	}

	private static String longer(int max) {
		return "统".repeat(max + 1);
	}

	@Test
	void shouldRefuseFeedbackWithoutItsTexts() throws Exception {
		refused("sourceBody", "反馈单位", () -> api.post("yuhu.leader", "/plans", feedback(Map.of("sourceBody", " "))));
		refused("sourceBody", "反馈单位：输入过长，不能超过200个字", () -> api.post("yuhu.leader", "/plans", feedback(Map.of("sourceBody", longer(200)))));
		refused("title", "整改事项名称", () -> api.post("yuhu.leader", "/plans", feedback(Map.of("title", ""))));
		refused("title", "整改事项名称：输入过长，不能超过300个字", () -> api.post("yuhu.leader", "/plans", feedback(Map.of("title", longer(300)))));
		refused("documentNumber", "文号", () -> api.post("yuhu.leader", "/plans", feedback(Map.of("documentNumber", longer(100)))));
	}

	@Test
	void shouldRefuseDraftListsWithoutTheirTexts() throws Exception {
		refused("title", "问题方面", () -> api.post("yuhu.leader", "/plans/{id}/aspects", Map.of("title", "  "), draft));
		refused("title", "问题方面：输入过长，不能超过300个字", () -> api.post("yuhu.leader", "/plans/{id}/aspects", Map.of("title", longer(300)), draft));
		refused("title", "问题方面", () -> put("/aspects/{id}", Map.of("title", ""), aspect));
		refused("description", "问题描述",
				() -> api.post("yuhu.leader", "/plans/{id}/problems", Map.of("aspectId", aspect, "description", ""), draft));
		refused("description", "问题描述：输入过长，不能超过2000个字", () -> api.post("yuhu.leader", "/plans/{id}/problems",
				Map.of("aspectId", aspect, "description", longer(2000)), draft));
		refused("description", "问题描述", () -> put("/problems/{id}", Map.of("description", " "), problem));
		refused("reason", "作废理由", () -> api.post("yuhu.leader", "/plans/{id}/discard", Map.of("reason", " "), draft));
		refused("reason", "作废理由：输入过长，不能超过1000个字", () -> api.post("yuhu.leader", "/plans/{id}/discard", Map.of("reason", longer(1000)), draft));
		refused("coordinator", "整改联络人", () -> api.post("yuhu.leader", "/plans/{id}/coordinator", Map.of("coordinator", ""), draft));
		refused("coordinator", "整改联络员：输入过长，不能超过64个字", () -> api.post("yuhu.leader", "/plans/{id}/coordinator", Map.of("coordinator", longer(64)), draft));
	}

	@Test
	void shouldRefuseMeasureWithoutItsTexts() throws Exception {
		String add = "/problems/{id}/measures";
		refused("content", "整改措施", () -> api.post("yuhu.leader", add, measureBody(Map.of("content", "")), problem));
		refused("content", "整改措施：输入过长，不能超过2000个字", () -> api.post("yuhu.leader", add, measureBody(Map.of("content", longer(2000))), problem));
		refused("owner", "责任单位", () -> api.post("yuhu.leader", add, measureBody(Map.of("owner", " ")), problem));
		refused("owner", "200", () -> api.post("yuhu.leader", add, measureBody(Map.of("owner", longer(200))), problem));
		refused("leader", "责任领导", () -> api.post("yuhu.leader", add, measureBody(Map.of("leader", "")), problem));
		refused("leader", "200", () -> api.post("yuhu.leader", add, measureBody(Map.of("leader", longer(200))), problem));
		refused("requiredEvidence", "佐证材料",
				() -> api.post("yuhu.leader", add, measureBody(Map.of("requiredEvidence", longer(500))), problem));
		refused("coUnits", "配合单位", () -> api.post("yuhu.leader", add, measureBody(Map.of("coUnits", longer(500))), problem));
		refused("content", "整改措施", () -> put("/measures/{id}", measureBody(Map.of("content", " ")), draftMeasure));
	}

	@Test
	void shouldRefuseTheUnitsWorkWithoutItsTexts() throws Exception {
		refused("content", "整改进展", () -> upload("/measures/{id}/progress", new String[][] { { "content", " " } }));
		refused("content", "整改进展：输入过长，不能超过2000个字", () -> upload("/measures/{id}/progress", new String[][] { { "content", longer(2000) } }));
		refused("content", "整改完成情况", () -> upload("/measures/{id}/completion", new String[][] { { "content", "" } }));
		refused("mechanismTitle", "长效机制名称", () -> upload("/measures/{id}/completion",
				new String[][] { { "content", "台账已建立" }, { "mechanismTitle", longer(300) } }));
		refused("mechanismContent", "长效机制内容", () -> upload("/measures/{id}/completion",
				new String[][] { { "content", "台账已建立" }, { "mechanismContent", longer(2000) } }));
		refused("keepEvidenceNote", "佐证说明", () -> upload("/measures/{id}/completion",
				new String[][] { { "content", "台账已建立" }, { "keepEvidenceNote", longer(1000) } }));
		String later = LocalDate.of(AppClock.today().getYear() + 1, 12, 31).toString();
		refused("reason", "理由", () -> api.post("yuhu.owner", "/measures/{id}/deadline-changes",
				Map.of("newDeadline", later, "reason", " "), measure));
		refused("reason", "调整理由：输入过长，不能超过1000个字", () -> api.post("yuhu.owner", "/measures/{id}/deadline-changes",
				Map.of("newDeadline", later, "reason", longer(1000)), measure));
	}

	@Test
	void shouldRefuseDecisionsAndPlanStepsWithoutTheirTexts() throws Exception {
		refused("reason", "变更理由", () -> api.post("yuhu.director", "/measures/{id}/amendments",
				Map.of("content", "建立健全统计台账并每季度核对", "reason", ""), measure));
		refused("content", "整改措施：输入过长，不能超过2000个字", () -> api.post("yuhu.director", "/measures/{id}/amendments",
				Map.of("content", longer(2000), "reason", "上级要求调整"), measure));
		refused("description", "变更后的问题描述", () -> api.post("yuhu.director", "/problems/{id}/amendments",
				Map.of("description", " ", "reason", "表述不准确"), publishedProblem));
		refused("reason", "变更理由", () -> api.post("yuhu.director", "/problems/{id}/amendments",
				Map.of("description", "统计执法检查覆盖面不足、频次偏低", "reason", ""), publishedProblem));
		refused("content", "整改报告内容", () -> api.post("yuhu.director", "/plans/{id}/report", Map.of("content", ""), plan));
		refused("content", "整改报告内容：输入过长，不能超过4000个字", () -> api.post("yuhu.director", "/plans/{id}/report", Map.of("content", longer(4000)), plan));
		refused("opinion", "回头看情况", () -> api.post("yuhu.director", "/plans/{id}/look-back", Map.of("opinion", " "), plan));
		refused("opinion", "评估意见", () -> api.post("yuhu.director", "/plans/{id}/mechanism-review", Map.of("opinion", ""), plan));

		upload("/measures/{id}/completion", new String[][] { { "content", "统计台账已建立并逐月核对" } }).andExpect(status().isOk());
		refused("opinion", "审批意见：输入过长，不能超过1000个字", () -> api.post("yuhu.leader", "/measures/{id}/sign-off",
				Map.of("approve", true, "opinion", longer(1000)), measure));
		refused("opinion", "退回须写明意见", () -> api.post("yuhu.leader", "/measures/{id}/sign-off",
				Map.of("approve", false, "opinion", " "), measure));
	}

	/** 复查 of an order to correct (handed over as the inspection and the case hand theirs over). */
	@Test
	void shouldRefuseRecheckWithoutWhatWasFound() throws Exception {
		var inspector = users.findByUsername("yuhu.inspector1");
		var leader = new cn.statenforce.organization.CurrentUser(inspector.id(), inspector.username(), inspector.displayName(),
				inspector.bureauId(), users.roles(inspector.id()));
		long enterpriseId = enterprises.search(leader, null, 1, 1).items().get(0).id();
		long correction = corrections.openCorrection(new cn.statenforce.shared.handover.CorrectionOrder(inspector.bureauId(),
				"TEST_ORIGIN", 98L, "430302-XX-2026-098", enterpriseId, "未按规定报送2025年统计资料", "限期补报2025年统计资料",
				AppClock.today().plusDays(10), List.of("yuhu.inspector1", "yuhu.inspector2"))).id();
		refused("opinion", "复查情况", () -> api.post("yuhu.inspector1", "/corrections/{id}/recheck",
				Map.of("corrected", true, "opinion", " "), correction));
		refused("opinion", "1000", () -> api.post("yuhu.inspector1", "/corrections/{id}/recheck",
				Map.of("corrected", true, "opinion", longer(1000)), correction));
	}

	private org.springframework.test.web.servlet.ResultActions put(String path, Map<String, Object> body, long id) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(RectificationApiSupport.API + path, id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("yuhu.leader",
					RectificationApiSupport.PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(objectMapper.writeValueAsString(body)));
	}

	private org.springframework.test.web.servlet.ResultActions upload(String path, String[][] params) throws Exception {
		return api.upload("yuhu.owner", path, RectificationApiSupport.evidence("统计台账.pdf"), params, measure);
	}

}
