package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;

/** The pages render in Chinese for each role and their forms do the steps (CSRF, flash messages, no write on error). */
@StatEnforceTest
class RectificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	WorkingDayCalendar calendar;

	RectificationFixture fx;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
	}

	private RequestPostProcessor as(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	private String page(String url, String username) throws Exception {
		return mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void shouldRegisterFeedbackThroughTheForm() throws Exception {
		assertThat(page("/rectification/feedback/new", "yuhu.leader")).contains("反馈登记", "区委第五巡察组");
		mvc.perform(post("/rectification/feedback").with(as("yuhu.leader")).with(csrf())
			.param("source", "PATROL").param("sourceBody", "区委第三巡察组").param("receivedOn", AppClock.today().toString())
			.param("title", "巡察反馈整改").param("planLeader", "yuhu.director"))
			.andExpect(redirectedUrlPattern("/rectification/plans/*"))
			.andExpect(flash().attribute("message", "反馈已登记，请制定问题清单和任务清单"));
		mvc.perform(post("/rectification/feedback").with(as("yuhu.leader")).with(csrf())
			.param("source", "ENFORCEMENT").param("sourceBody", "x").param("receivedOn", AppClock.today().toString())
			.param("title", "t"))
			.andExpect(redirectedUrl("/rectification/feedback/new"))
			.andExpect(flash().attributeExists("errorMessage"));
	}

	@Test
	void shouldWorkMeasureThroughThePages() throws Exception {
		Plan draft = fx.draft(calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE);
		assertThat(page("/rectification/plans/" + draft.id(), "yuhu.leader")).contains("制定问题清单和任务清单", "发布整改方案");
		mvc.perform(post("/rectification/plans/{id}/publish", draft.id()).with(as("yuhu.leader")).with(csrf()))
			.andExpect(flash().attributeExists("message"));
		Measure m = plans.measures(fx.user("yuhu.leader"), draft.id()).get(0);

		assertThat(page("/rectification/mine", "yuhu.owner")).contains("我的整改任务", m.content());
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.owner")).contains("申请销号", "报告进展");
		String taskId = taskService.createTaskQuery().processInstanceBusinessKey(draft.planNumber())
			.taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE).singleResult().getId();
		assertThat(page("/tasks/" + taskId, "yuhu.owner")).contains("completion-form", m.content());
		String tasks = mvc.perform(get("/tasks").param("q", "区委第五巡察组").with(as("yuhu.owner"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tasks)
			.contains(draft.planNumber(), "区委常规巡察反馈问题整改");

		mvc.perform(multipart("/rectification/measures/{id}/completion", m.id()).with(as("yuhu.owner")).with(csrf())
			.param("content", "没有附件"))
			.andExpect(flash().attribute("errorMessage", "申请销号须上传佐证材料"));
		mvc.perform(multipart("/rectification/measures/{id}/completion", m.id())
			.file(new MockMultipartFile("files", "培训签到表.pdf", "application/pdf", "签到".getBytes(StandardCharsets.UTF_8)))
			.with(as("yuhu.owner")).with(csrf()).param("content", "已组织培训"))
			.andExpect(flash().attribute("message", "已申请销号，等待责任领导对账销号"));

		assertThat(page("/rectification/sign-off", "yuhu.leader")).contains(m.content());
		assertThat(page("/rectification/measures/" + m.id(), "yuhu.leader")).contains("对账销号", "培训签到表.pdf");
		String signOffTask = taskService.createTaskQuery().processInstanceBusinessKey(draft.planNumber())
			.taskDefinitionKey(RectificationProcess.TASK_SIGN_OFF).singleResult().getId();
		assertThat(page("/tasks/" + signOffTask, "yuhu.leader")).contains("sign-off-form");
		var evidence = measures.evidence(fx.user("yuhu.leader"), m.id()).get(0);
		mvc.perform(get("/rectification/measures/{m}/evidence/{e}", m.id(), evidence.id()).with(as("yuhu.leader")))
			.andExpect(status().isOk()).andExpect(content().bytes("签到".getBytes(StandardCharsets.UTF_8)));

		mvc.perform(post("/rectification/measures/{id}/sign-off", m.id()).with(as("yuhu.leader")).with(csrf())
			.param("approve", "true").param("opinion", "同意"))
			.andExpect(flash().attribute("message", "已对账销号"));
		String board = page("/rectification?planId=" + draft.id(), "yuhu.leader");
		assertThat(board).contains("整改台账", "已销号", "plan-board", draft.planNumber()).containsPattern("id=\"sum-measures\"[^>]*>1/1<");
		assertThat(page("/rectification/plans/" + draft.id(), "yuhu.director")).contains("报送整改报告");
		mvc.perform(get("/rectification/ledger/export").param("planId", String.valueOf(draft.id())).with(as("city.leader")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/rectification/plans/{id}", draft.id()).with(as("yuetang.leader"))).andExpect(status().isNotFound());
	}

}
