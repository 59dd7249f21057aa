package cn.statenforce.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/** Pages, the public page and the REST API of the inspection capability: rendering, status codes, scope. */
@StatEnforceTest
class InspectionWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserService users;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	InspectionRegisters registers;

	@Autowired
	TaskService tasks;

	RequestPostProcessor as(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	CurrentUser current(String username) {
		UserSummary u = users.summary(username);
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), u.roles());
	}

	InspectionPlan startedPlan() {
		CurrentUser legal = current("yuhu.legal");
		List<Long> items = registers.items(legal.bureauId(), true).stream().filter(i -> i.isDefault()).map(i -> i.id()).toList();
		InspectionPlan p = plans.create(legal, new PlanCommand("网页测试计划", PlanType.RANDOM, AppClock.today().getYear(), null,
				null, null, null, null, false, false, 1, null, 1, null, AppClock.today(), items));
		plans.submit(legal, p.id());
		plans.decide(current("yuhu.leader"), p.id(), true, "同意");
		plans.draw(legal, p.id(), 4242L);
		plans.start(legal, p.id());
		return plans.get(legal, p.id());
	}

	@Test
	void shouldRenderThePagesOfTheCapability() throws Exception {
		InspectionPlan p = startedPlan();
		for (String page : List.of("/inspection/plans", "/inspection/plans/new", "/inspection/items", "/inspection/inspectors",
				"/inspection/imports", "/inspection/plans/" + p.id())) {
			mvc.perform(get(page).with(as("yuhu.legal"))).andExpect(status().isOk());
		}
		mvc.perform(get("/inspection/plans/" + p.id()).with(as("yuhu.leader")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(p.planNumber())));
		Inspection i = plans.started(p.id()).get(0);
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
		mvc.perform(post("/tasks/" + taskId + "/claim").with(as("yuhu.inspector1")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tasks/" + taskId).with(as("yuhu.inspector1")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"serve-notice\"")));
		mvc.perform(post("/inspection/tasks/" + taskId + "/notice").with(as("yuhu.inspector1")).with(csrf().asHeader())
			.param("servedOn", AppClock.today().toString()).param("recipient", "李会计"))
			.andExpect(status().is3xxRedirection());
		String onsite = tasks.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
		mvc.perform(post("/tasks/" + onsite + "/claim").with(as("yuhu.inspector2")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tasks/" + onsite).with(as("yuhu.inspector2")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"record-inspection\"")));
		mvc.perform(post("/inspection/tasks/" + onsite + "/onsite").with(as("yuhu.inspector2")).with(csrf().asHeader())
			.param("inspectedOn", AppClock.today().toString()).param("result", "NO_PROBLEM"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/tasks/" + onsite));
		var form = post("/inspection/tasks/" + onsite + "/onsite").with(csrf().asHeader())
			.param("inspectedOn", AppClock.today().toString()).param("result", "NO_PROBLEM");
		List<cn.statenforce.inspection.InspectionItem> items = plans.items(p.id());
		for (int k = 0; k < items.size(); k++) {
			form.param("checks[" + k + "].itemId", items.get(k).id().toString()).param("checks[" + k + "].conforming", "true");
		}
		mvc.perform(form.with(as("yuhu.inspector1"))).andExpect(status().isConflict()); // offered to both, claimed by the other inspector
		mvc.perform(form.with(as("yuhu.inspector2"))).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/tasks"));
		assertThat(plans.started(p.id()).get(0).result()).isEqualTo(cn.statenforce.inspection.InspectionResult.NO_PROBLEM);
		mvc.perform(get("/inspection/inspections/" + i.id()).with(as("yuhu.inspector2"))).andExpect(status().isOk());
		mvc.perform(get("/inspection/inspections/" + i.id()).with(as("yuetang.inspector1"))).andExpect(status().isNotFound());
		mvc.perform(get("/inspection/plans/" + p.id() + "/results.xlsx").with(as("yuhu.legal"))).andExpect(status().isOk());
	}

	@Test
	void shouldApproveThePlanFromTheLeadersTaskPageAndRefuseTheApprovalWithoutAnOpenTask() throws Exception {
		CurrentUser legal = current("yuhu.legal");
		List<Long> items = registers.items(legal.bureauId(), true).stream().filter(i -> i.isDefault()).map(i -> i.id()).toList();
		InspectionPlan p = plans.create(legal, new PlanCommand("待办审批网页测试计划", PlanType.RANDOM, AppClock.today().getYear(),
				null, null, null, null, null, false, false, 1, null, 1, null, AppClock.today(), items));
		// no process yet: the approval answers 409 (no open task), over the API as on the page
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/decision").with(as("yuhu.leader")).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"opinion\":\"同意\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/inspection/plans/" + p.id() + "/submit").with(as("yuhu.legal")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey(p.planNumber()).singleResult().getId();
		mvc.perform(get("/tasks").with(as("yuhu.leader")).param("q", p.planNumber()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/tasks/" + taskId)));
		mvc.perform(post("/tasks/" + taskId + "/claim").with(as("yuhu.leader")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tasks/" + taskId).with(as("yuhu.leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"plan-decision-form\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("待办审批网页测试计划")));
		mvc.perform(post("/inspection/plans/" + p.id() + "/decide").with(as("yuhu.leader")).with(csrf().asHeader())
			.param("approve", "false").param("opinion", " "))
			.andExpect(status().isBadRequest());
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("a rejection without an opinion changes nothing").isEqualTo(1);
		mvc.perform(post("/inspection/plans/" + p.id() + "/decide").with(as("yuhu.leader")).with(csrf().asHeader())
			.param("approve", "true").param("opinion", "同意"))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.get(legal, p.id()).status()).isEqualTo(cn.statenforce.inspection.PlanStatus.APPROVED);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(p.planNumber()).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_DrawPlan");
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/decision").with(as("yuhu.leader")).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"opinion\":\"同意\"}"))
			.andExpect(status().isConflict());
		String draw = tasks.createTaskQuery().processInstanceBusinessKey(p.planNumber()).singleResult().getId();
		mvc.perform(post("/tasks/" + draw + "/claim").with(as("yuhu.legal")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tasks/" + draw).with(as("yuhu.legal")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"plan-draw-form\"")));
	}

	@Test
	void shouldPublishWithoutPersonalData() throws Exception {
		InspectionPlan p = startedPlan();
		mvc.perform(post("/inspection/plans/" + p.id() + "/publish").with(as("yuhu.legal")).with(csrf().asHeader()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/public/inspections/" + p.id())).andExpect(status().isNotFound());
		mvc.perform(post("/inspection/plans/" + p.id() + "/publish").with(as("yuhu.leader")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		Inspection i = plans.started(p.id()).get(0);
		String page = mvc.perform(get("/public/inspections/" + p.id()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(i.creditCode()).contains("4242").doesNotContain("yuhu.inspector");
		mvc.perform(get("/public/inspections")).andExpect(status().isOk());
		mvc.perform(get("/public/inspections/" + p.id() + ".xlsx")).andExpect(status().isOk());
	}

	@Test
	void shouldAnswerTheApiWithProblemDetails() throws Exception {
		mvc.perform(post("/api/inspection/plans").with(as("yuhu.legal")).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("输入有误"));
		CurrentUser legal = current("yuhu.legal");
		List<Long> items = registers.items(legal.bureauId(), true).stream().map(i -> i.id()).toList();
		InspectionPlan p = plans.create(legal, new PlanCommand("API测试计划", PlanType.SPECIAL, AppClock.today().getYear(), null,
				null, null, null, null, false, false, 1, null, 1, null, AppClock.today(), items, "DATA_QUALITY", null));
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/draws").with(as("yuhu.legal"))).andExpect(status().isConflict());
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/submit").with(as("yuhu.legal"))).andExpect(status().isOk());
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/decision").with(as("yuhu.legal"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/inspection/plans/" + p.id()).with(as("yuetang.legal"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/inspection/plans/" + p.id()).with(as("city.legal"))).andExpect(status().isOk());
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/decision").with(as("city.leader"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/decision").with(as("yuhu.leader"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"opinion\":\"同意\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(post("/api/inspection/plans/" + p.id() + "/draws").param("seed", "9").with(as("yuhu.legal")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.seed").value(9));
	}

	@Test
	void shouldImportAnUploadedFileInTheBackground() throws Exception {
		String code = UnifiedSocialCreditCode.of("91", "430302", "87654321").value();
		String csv = "统一社会信用代码,单位名称,行政区划代码\n" + code + ",雨湖区上传测试有限公司,430302\nbad,坏行,430302\n";
		MockMultipartFile file = new MockMultipartFile("file", "upload.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		String location = mvc.perform(multipart("/inspection/imports").file(file).with(as("yuhu.inspector1")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String status = "RUNNING";
		for (int i = 0; i < 100 && status.equals("RUNNING"); i++) {
			Thread.sleep(100);
			status = mvc.perform(get("/api/inspection/imports/" + id).with(as("yuhu.inspector1")))
				.andReturn().getResponse().getContentAsString().replaceAll(".*\"status\":\"(\\w+)\".*", "$1");
		}
		assertThat(status).isEqualTo("DONE");
		mvc.perform(get("/api/inspection/imports/" + id + "/errors").with(as("yuhu.inspector1")))
			.andExpect(jsonPath("$.items[0].lineNo").value(3))
			.andExpect(jsonPath("$.items[0].columnName").value("统一社会信用代码"));
		mvc.perform(get("/inspection/imports/" + id).with(as("yuhu.inspector1"))).andExpect(status().isOk());
		mvc.perform(multipart("/inspection/imports").file(new MockMultipartFile("file", "x.txt", "text/plain", new byte[] { 1 }))
			.with(as("yuhu.inspector1")).with(csrf().asHeader())).andExpect(status().isBadRequest());
	}

}
