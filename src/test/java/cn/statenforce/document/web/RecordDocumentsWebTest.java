package cn.statenforce.document.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionFixture;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The downloads of the documents made from an inspection and a rectification plan, through the pages: the links on
 * the inspection page, the notice task and the plan page, DOCX as an attachment and PDF inline (LibreOffice is
 * installed on the test machine; .ci/run installs it), 404 for another bureau.
 */
@StatEnforceTest
class RecordDocumentsWebTest {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	InspectionFixture inspections;

	@Autowired
	TaskService tasks;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	ManagementService managementService;

	RequestPostProcessor as(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	@Test
	void shouldOfferTheInspectionNoticeOnTheInspectionAndTaskPages() throws Exception {
		Inspection i = inspections.startedInspections(1, 4343L).get(0);
		mvc.perform(get("/inspection/inspections/" + i.id()).with(as(i.inspector1()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/inspection/inspections/" + i.id() + "/notice.docx")))
			.andExpect(content().string(containsString("/inspection/inspections/" + i.id() + "/notice.pdf")));
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey(i.inspectionNumber()).singleResult().getId();
		mvc.perform(post("/tasks/" + taskId + "/claim").with(as(i.inspector1())).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tasks/" + taskId).with(as(i.inspector1()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/inspection/inspections/" + i.id() + "/notice.docx")));

		byte[] docx = mvc.perform(get("/inspection/inspections/" + i.id() + "/notice.docx").with(as(i.inspector2())))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", DOCX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(docx)).contains("统计执法检查通知书", i.enterpriseName(),
				users.summary(i.inspector2()).certNumber());
		byte[] pdf = mvc.perform(get("/inspection/inspections/" + i.id() + "/notice.pdf").with(as(i.inspector2())))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		mvc.perform(get("/inspection/inspections/" + i.id() + "/notice.docx").with(as("yuetang.inspector1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldMakeAndDownloadTheRectificationPapersFromThePlanPage() throws Exception {
		RectificationFixture fx = new RectificationFixture(users, plans, managementService);
		Plan plan = fx.draft(LocalDate.of(2027, 2, 13), Category.DEADLINE);
		String page = "/rectification/plans/" + plan.id();
		mvc.perform(get(page).with(as(RectificationFixture.LEADER))).andExpect(status().isOk())
			.andExpect(content().string(containsString("制作整改通知书（取文号）")))
			.andExpect(content().string(containsString(page + "/report.docx")));
		mvc.perform(get(page + "/notice.docx").with(as(RectificationFixture.LEADER))).andExpect(status().isConflict());
		mvc.perform(post(page + "/notice").with(as(RectificationFixture.LEADER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String html = mvc.perform(get(page).with(as(RectificationFixture.LEADER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(page + "/notice.docx", page + "/notice.pdf").doesNotContain("制作整改通知书（取文号）");
		byte[] notice = mvc.perform(get(page + "/notice.docx").with(as(RectificationFixture.LEADER)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", DOCX))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(notice)).containsPattern("雨统整通〔\\d{4}〕\\d+号").contains("统计执法力量较为薄弱", "2027年2月13日");
		byte[] report = mvc.perform(get(page + "/report.pdf").with(as(RectificationFixture.LEADER)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(report, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		mvc.perform(get(page + "/report.docx").with(as("yuetang.inspector1"))).andExpect(status().isNotFound());
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			return x.getText();
		}
	}

}
