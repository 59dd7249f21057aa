package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;

/**
 * Seed 002 一(五) end to end through the REST API: feedback of 4 aspects and 34 problems imported from XLSX with
 * 39 measures (4 of them long-term), worked to closure by the two units with reminders, one overdue
 * escalation, one extension, one return and one look-back reopening; the ledger counts are checked at every
 * stage.
 */
@StatEnforceTest
class RectificationAcceptanceTest {

	static final String LEADER = "yuhu.leader";

	static final String PLAN_LEADER = "yuhu.director";

	static final String SUBJECT = "RECTIFICATION_MEASURE";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper objectMapper;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	NotificationService notifications;

	@Autowired
	WorkingDayCalendar calendar;

	RectificationApiSupport api;

	RectificationFixture fx;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		api = new RectificationApiSupport(mvc, objectMapper);
		fx = new RectificationFixture(users, plans, managementService);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	/** One imported measure: its number, problem, unit, leader, deadline, category. */
	record Spec(int no, String aspect, String problem, String owner, String leader, LocalDate deadline, String category) {
	}

	static final String[] ASPECTS = { "学习贯彻党中央关于统计工作决策部署方面", "落实防范和惩治统计造假责任方面",
			"统计执法监督方面", "统计队伍和作风建设方面" };

	/** 34 problems over 4 aspects (9, 9, 8, 8); problems 1–5 get two measures, the second of 1–4 long-term. */
	List<Spec> specs(LocalDate base) {
		String office = users.summary("yuhu.owner").displayName();
		String section = users.summary("yuhu.owner2").displayName();
		String leaderName = users.summary(LEADER).displayName();
		int[] sizes = { 9, 9, 8, 8 };
		List<Spec> specs = new ArrayList<>();
		int problem = 0;
		for (int a = 0; a < 4; a++) {
			for (int i = 0; i < sizes[a]; i++) {
				problem++;
				String text = "问题" + problem + "：" + ASPECTS[a].replace("方面", "") + "存在薄弱环节";
				String owner = problem % 2 == 0 ? section : office;
				String category = problem % 7 == 0 ? "立行立改" : "限期整改";
				specs.add(new Spec(specs.size() + 1, ASPECTS[a], text, owner, leaderName, base, category));
				if (problem <= 5) {
					specs.add(new Spec(specs.size() + 1, ASPECTS[a], text, owner, LEADER, base.plusDays(15),
							problem <= 4 ? "长期坚持" : "限期整改"));
				}
			}
		}
		return specs;
	}

	@Test
	void shouldWorkSeedPlanToClosure() throws Exception {
		LocalDate today = AppClock.today();
		LocalDate base = calendar.addWorkingDays(today, 20);
		List<Spec> specs = specs(base);
		assertThat(specs).hasSize(39);

		// feedback → plan, import the lists
		JsonNode plan = api.read(api.post(LEADER, "/plans", Map.of("source", "巡察反馈", "sourceBody", "区委第五巡察组",
				"receivedOn", today.toString(), "documentNumber", "雨巡反〔2026〕5号", "title", "区委常规巡察反馈意见整改",
				"planLeader", PLAN_LEADER)).andExpect(status().isCreated()));
		long planId = plan.get("id").asLong();
		assertThat(plan.get("planDue").asText()).isEqualTo(today.plusMonths(1).toString());
		assertThat(plan.get("reportDue").asText()).isEqualTo(today.plusMonths(2).toString());
		assertThat(plan.get("planNumber").asText()).matches("430302-ZG-\\d{4}-\\d{3}");

		List<List<String>> rows = specs.stream().map(s -> List.of(String.valueOf(s.no()), s.aspect(), s.problem(),
				"措施" + s.no(), s.owner(), s.leader(), s.deadline().toString(), s.category(), "工作记录")).toList();
		api.upload(LEADER, "/plans/{id}/import", RectificationApiSupport.xlsx(
				List.of("序号", "方面", "问题", "整改措施", "责任单位", "责任领导", "完成时限", "整改类别", "佐证要求"), rows),
				new String[0][], planId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aspects").value(4))
			.andExpect(jsonPath("$.problems").value(34))
			.andExpect(jsonPath("$.measures").value(39));
		ledger(planId, 34, 0, 39, 0, 0, 0);

		api.post(LEADER, "/plans/{id}/publish", Map.of(), planId).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		String pi = plans.planUnchecked(planId).processInstanceId();
		Map<String, JsonNode> measures = measures(planId);
		assertThat(measures).hasSize(39);
		assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi)
			.taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE).count()).isEqualTo(39);

		// reminders: 2 working days before the common deadline every measure due then is reminded once
		moveTo(workingDaysBefore(base, 2));
		fx.runDueJobs(pi);
		long reminded = measures.values().stream()
			.filter(m -> notifications.countAbout(SUBJECT, m.get("id").asLong(), "REMINDER") == 1).count();
		assertThat(reminded).isEqualTo(34);
		ledger(planId, 34, 0, 39, 0, 0, 0);

		// the units work and submit; the leaders sign off — except 措施7 (goes overdue) and 措施12 (extended)
		JsonNode overdue = measures.get("措施7");
		JsonNode extended = measures.get("措施12");
		JsonNode returned = measures.get("措施20");
		for (JsonNode m : measures.values()) {
			if (m != overdue && m != extended) {
				complete(m);
			}
		}
		ledger(planId, 34, 0, 39, 0, 0, 0);
		for (JsonNode m : measures.values()) {
			if (m != overdue && m != extended && m != returned) {
				signOff(m);
			}
		}
		// one return with an opinion, resubmitted and signed off
		api.post(m(returned, "leaderUsername"), "/measures/{id}/sign-off", Map.of("approve", false, "opinion", "佐证材料不全，请补充会议记录"),
				id(returned)).andExpect(jsonPath("$.status").value("RETURNED"));
		ledger(planId, 34, 31, 39, 36, 0, 4);
		complete(returned);
		signOff(returned);
		ledger(planId, 34, 32, 39, 37, 0, 4);

		// one extension: requested by the unit with a reason, approved by the plan leader
		LocalDate extendedTo = base.plusDays(60);
		JsonNode change = api.read(api.post(m(extended, "ownerUsername"), "/measures/{id}/deadline-changes",
				Map.of("newDeadline", extendedTo.toString(), "reason", "需等待市局统一部署"), id(extended))
			.andExpect(status().isCreated()));
		api.post(LEADER, "/deadline-changes/{id}/decision", Map.of("approve", true), change.get("id").asLong())
			.andExpect(status().isConflict());
		api.post(PLAN_LEADER, "/deadline-changes/{id}/decision", Map.of("approve", true, "opinion", "同意"),
				change.get("id").asLong()).andExpect(jsonPath("$.status").value("APPROVED"));
		api.get(LEADER, "/measures/{id}", id(extended)).andExpect(jsonPath("$.measure.deadline").value(extendedTo.toString()));

		// one overdue escalation: notice to the unit, warning to the leader, accountability flag to the plan leader
		long z = id(overdue);
		moveTo(calendar.addWorkingDays(base, 1));
		fx.runDueJobs(pi);
		assertThat(notifications.countAbout(SUBJECT, z, "OVERDUE")).isEqualTo(1);
		ledger(planId, 34, 32, 39, 37, 1, 4);
		api.get(LEADER, "/ledger?planId={p}&overdue=true", planId).andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].content").value("措施7"));
		moveTo(calendar.addWorkingDays(base, 3));
		fx.runDueJobs(pi);
		assertThat(notifications.countAbout(SUBJECT, z, "URGE")).isEqualTo(1);
		moveTo(calendar.addWorkingDays(base, 10));
		fx.runDueJobs(pi);
		assertThat(notifications.countAbout(SUBJECT, z, "ESCALATION")).isEqualTo(1);
		api.get(LEADER, "/measures/{id}", z).andExpect(jsonPath("$.measure.accountability").value(true));
		assertThat(notifications.countAbout(SUBJECT, id(extended), "OVERDUE")).isZero();

		complete(overdue);
		signOff(overdue);
		complete(extended);
		signOff(extended);
		ledger(planId, 34, 34, 39, 39, 0, 4);
		api.get(LEADER, "/plans/{id}", planId).andExpect(jsonPath("$.plan.status").value("REPORT_PENDING"));

		// report, then the look-back reopens problem 1 (two measures, one long-term)
		api.post(PLAN_LEADER, "/plans/{id}/report", Map.of("content", "整改报告：34个问题已全部整改到位"), planId)
			.andExpect(jsonPath("$.status").value("CLOSED"));
		lookBackDue(pi);
		long problem1 = measures.get("措施1").get("problemId").asLong();
		api.post(PLAN_LEADER, "/plans/{id}/look-back", Map.of("opinion", "问题1有反弹", "reopenProblemIds", List.of(problem1)), planId)
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		ledger(planId, 34, 33, 39, 37, 0, 4);
		complete(measures.get("措施1"));
		complete(measures.get("措施2"));
		signOff(measures.get("措施1"));
		signOff(measures.get("措施2"));
		ledger(planId, 34, 34, 39, 39, 0, 4);
		api.post(PLAN_LEADER, "/plans/{id}/report", Map.of("content", "补充整改报告"), planId).andExpect(status().isOk());
		lookBackDue(pi);
		api.post(PLAN_LEADER, "/plans/{id}/look-back", Map.of("opinion", "未发现反弹"), planId)
			.andExpect(jsonPath("$.status").value("FINISHED"));
		ledger(planId, 34, 34, 39, 39, 0, 4);

		// the 4 long-term mechanisms stay under periodic review until retired
		JsonNode mechanisms = api.read(api.get(LEADER, "/plans/{id}/mechanisms", planId));
		assertThat(mechanisms.size()).isEqualTo(4);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();
		lookBackDue(pi);
		List<Long> all = new ArrayList<>();
		mechanisms.forEach(m -> all.add(m.get("id").asLong()));
		api.post(PLAN_LEADER, "/plans/{id}/mechanism-review", Map.of("opinion", "四项制度已纳入日常管理", "retireMechanismIds", all), planId)
			.andExpect(status().isOk());
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
	}

	private void lookBackDue(String pi) {
		ClockUtil.setCurrentTime(Date.from(AppClock.today().plusMonths(6).plusDays(1).atTime(9, 0)
			.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		fx.runDueJobs(pi);
	}

	private void complete(JsonNode m) throws Exception {
		String owner = m(m, "ownerUsername");
		String[][] progress = { { "content", "正在落实：" + m(m, "content") } };
		api.upload(owner, "/measures/{id}/progress", RectificationApiSupport.evidence("进展.pdf"), progress, id(m))
			.andExpect(status().isCreated());
		String[][] params = "LONG_TERM".equals(m(m, "category"))
				? new String[][] { { "content", "已完成" }, { "mechanismTitle", "制度：" + m(m, "content") } }
				: new String[][] { { "content", "已完成" } };
		api.upload(owner, "/measures/{id}/completion", RectificationApiSupport.evidence("完成.pdf"), params, id(m))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	private void signOff(JsonNode m) throws Exception {
		api.post(m(m, "leaderUsername"), "/measures/{id}/sign-off", Map.of("approve", true, "opinion", "同意销号"), id(m))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED_OFF"));
	}

	private void ledger(long planId, int problems, int closed, int measures, int signedOff, int overdue, int mechanisms)
			throws Exception {
		JsonNode s = api.read(api.get(LEADER, "/ledger?planId={p}", planId).andExpect(status().isOk())).get("summary");
		assertThat(List.of(s.get("problems").asInt(), s.get("problemsClosed").asInt(), s.get("measures").asInt(),
				s.get("measuresSignedOff").asInt(), s.get("measuresOverdue").asInt(), s.get("mechanisms").asInt()))
			.containsExactly(problems, closed, measures, signedOff, overdue, mechanisms);
	}

	private Map<String, JsonNode> measures(long planId) throws Exception {
		Map<String, JsonNode> byContent = new HashMap<>();
		api.read(api.get(LEADER, "/plans/{id}", planId)).get("measures").forEach(m -> byContent.put(m.get("content").asText(), m));
		return byContent;
	}

	private static long id(JsonNode m) {
		return m.get("id").asLong();
	}

	private static String m(JsonNode m, String field) {
		return m.get(field).asText();
	}

	private LocalDate workingDaysBefore(LocalDate day, int n) {
		LocalDate d = day.minusDays(1);
		while (calendar.workingDaysBetween(d, day) < n) {
			d = d.minusDays(1);
		}
		return d;
	}

	private static void moveTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}
