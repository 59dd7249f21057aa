package cn.statenforce.rectification.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;

/** Who sees and changes what: the unit its own measures, leaders their bureau's plans, the city reads, a sibling sees nothing. */
@StatEnforceTest
class RectificationScopingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper objectMapper;

	RectificationApiSupport api;

	long planId;

	long ownMeasure;

	long otherMeasure;

	@BeforeEach
	void setUp() throws Exception {
		api = new RectificationApiSupport(mvc, objectMapper);
		LocalDate deadline = AppClock.today().plusDays(40);
		planId = api.read(api.post("yuhu.leader", "/plans", Map.of("source", "AUDIT", "sourceBody", "区审计局",
				"receivedOn", AppClock.today().toString(), "title", "审计反馈问题整改", "planLeader", "yuhu.director")))
			.get("id").asLong();
		long aspect = api.read(api.post("yuhu.leader", "/plans/{id}/aspects", Map.of("title", "财务管理方面"), planId)).get("id").asLong();
		long problem = api.read(api.post("yuhu.leader", "/plans/{id}/problems",
				Map.of("aspectId", aspect, "description", "统计专项经费使用不规范"), planId)).get("id").asLong();
		ownMeasure = measure(problem, "yuhu.owner", deadline);
		otherMeasure = measure(problem, "yuhu.owner2", deadline);
		api.post("yuhu.leader", "/plans/{id}/publish", Map.of(), planId).andExpect(status().isOk());
	}

	private long measure(long problem, String owner, LocalDate deadline) throws Exception {
		return api.read(api.post("yuhu.leader", "/problems/{id}/measures", Map.of("content", "规范经费使用（" + owner + "）",
				"owner", owner, "leader", "yuhu.leader", "deadline", deadline.toString(), "category", "限期整改"), problem)
			.andExpect(status().isCreated())).get("id").asLong();
	}

	@Test
	void shouldShowUnitOnlyItsOwnMeasures() throws Exception {
		api.get("yuhu.owner", "/plans/{id}", planId).andExpect(status().isOk())
			.andExpect(jsonPath("$.measures.length()").value(1))
			.andExpect(jsonPath("$.measures[0].id").value(ownMeasure));
		api.get("yuhu.owner", "/ledger?planId={id}", planId).andExpect(jsonPath("$.rows.length()").value(1));
		api.get("yuhu.owner", "/measures/{id}", otherMeasure).andExpect(status().isNotFound());
		String[][] params = { { "content", "进展" } };
		api.upload("yuhu.owner", "/measures/{id}/progress", RectificationApiSupport.evidence("a.pdf"), params, otherMeasure)
			.andExpect(status().isNotFound());
		api.upload("yuhu.owner", "/measures/{id}/progress", RectificationApiSupport.evidence("a.pdf"), params, ownMeasure)
			.andExpect(status().isCreated());
		api.post("yuhu.owner", "/measures/{id}/sign-off", Map.of("approve", true), ownMeasure).andExpect(status().isConflict());
		api.post("yuhu.owner", "/plans", Map.of("source", "SELF_CHECK", "sourceBody", "本局", "receivedOn",
				AppClock.today().toString(), "title", "自查")).andExpect(status().isForbidden());
	}

	@Test
	void shouldShowLeaderTheWholePlan() throws Exception {
		api.get("yuhu.leader", "/plans/{id}", planId).andExpect(jsonPath("$.measures.length()").value(2));
		api.get("yuhu.director", "/ledger?planId={id}", planId).andExpect(jsonPath("$.rows.length()").value(2));
		api.get("yuhu.leader", "/plans/{id}/responsibility", planId).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void shouldLetUpperBureauReadButNotChange() throws Exception {
		api.get("city.leader", "/plans/{id}", planId).andExpect(status().isOk())
			.andExpect(jsonPath("$.measures.length()").value(2));
		api.get("city.leader", "/ledger?planId={id}", planId).andExpect(jsonPath("$.rows.length()").value(2));
		api.get("city.leader", "/ledger/export?planId={id}", planId).andExpect(status().isOk());
		api.post("city.leader", "/plans/{id}/aspects", Map.of("title", "新方面"), planId).andExpect(status().isForbidden());
		api.post("city.leader", "/measures/{id}/deadline-changes", Map.of("newDeadline", AppClock.today().plusDays(90).toString(),
				"reason", "延期"), ownMeasure).andExpect(status().isForbidden());
	}

	@Test
	void shouldHidePlanFromSiblingBureau() throws Exception {
		api.get("yuetang.leader", "/plans/{id}", planId).andExpect(status().isNotFound());
		api.get("yuetang.owner", "/measures/{id}", ownMeasure).andExpect(status().isNotFound());
		api.get("yuetang.leader", "/ledger?planId={id}", planId).andExpect(status().isNotFound());
		api.post("yuetang.leader", "/measures/{id}/sign-off", Map.of("approve", true), ownMeasure).andExpect(status().isNotFound());
		JsonNode rows = api.read(api.get("yuetang.leader", "/ledger")).get("rows");
		rows.forEach(r -> org.assertj.core.api.Assertions.assertThat(r.get("planId").asLong()).isNotEqualTo(planId));
		JsonNode plans = api.read(api.get("yuetang.leader", "/plans"));
		plans.forEach(p -> org.assertj.core.api.Assertions.assertThat(p.get("id").asLong()).isNotEqualTo(planId));
	}

	@Test
	void shouldRejectBadInputWithoutWriting() throws Exception {
		api.post("yuhu.leader", "/plans", Map.of("source", "随便", "sourceBody", "x", "receivedOn", AppClock.today().toString(),
				"title", "t")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
		api.post("yuhu.leader", "/plans", Map.of("source", "AUDIT", "sourceBody", "区审计局", "receivedOn", AppClock.today().toString(),
				"title", "长".repeat(301))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		api.post("yuhu.leader", "/plans", Map.of("source", "AUDIT", "sourceBody", "区审计局",
				"receivedOn", AppClock.today().plusDays(1).toString(), "title", "未来的反馈")).andExpect(status().isBadRequest());
		api.post("yuhu.leader", "/measures/{id}/sign-off", Map.of("approve", true), ownMeasure).andExpect(status().isConflict());
		api.post("yuhu.leader", "/plans/{id}/publish", Map.of(), planId).andExpect(status().isConflict());
		api.post("yuhu.director", "/plans/{id}/report", Map.of("content", "报告"), planId).andExpect(status().isConflict());
		api.get("yuhu.leader", "/measures/{id}", ownMeasure).andExpect(jsonPath("$.progress.length()").value(0));
	}

}
