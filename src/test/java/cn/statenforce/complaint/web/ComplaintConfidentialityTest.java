package cn.statenforce.complaint.web;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.complaint.ComplaintCommands;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.complaint.ComplaintView;
import cn.statenforce.enforcementcase.CaseFixture;

/**
 * The reporter's identity (统计法实施条例第三十八条) reaches only the complaint's handler and the leaders and director of
 * its bureau: masked for other inspectors and the upper bureau; never in the list, the export, the timeline, the
 * notifications or the task list, whoever reads them.
 */
@StatEnforceTest
class ComplaintConfidentialityTest {

	static final String NAME = "上官婉清";

	static final String PHONE = "13907315566";

	static final String EMAIL = "shangguan@example.cn";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ComplaintService complaints;

	@Autowired
	TaskService taskService;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	ComplaintView c;

	@BeforeEach
	void report() {
		c = complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("PHONE", LocalDateTime.now().minusHours(2).withNano(0),
				"湘潭市雨湖区九华物流有限公司", "湘潭市雨湖区九华示范区", "来电反映该公司在2025年统计年报中虚报营业收入，要求查处。", false, NAME, PHONE, EMAIL,
				"湘潭市雨湖区建设北路88号"), List.of(EvidenceFiles.pdf("电话记录单.pdf")));
	}

	@Test
	void shouldShowTheReporterToTheHandlerAndTheBureausLeadersOnly() throws Exception {
		for (String allowed : List.of("yuhu.inspector1", "yuhu.leader", "yuhu.director")) {
			mvc.perform(get("/api/complaints/{id}", c.id()).with(api(allowed))).andExpect(status().isOk())
				.andExpect(jsonPath("$.reporterName").value(NAME)).andExpect(jsonPath("$.reporterPhone").value(PHONE))
				.andExpect(jsonPath("$.reporterVisible").value(true));
			mvc.perform(get("/complaints/{id}", c.id()).with(page(userDetails, allowed))).andExpect(status().isOk())
				.andExpect(content().string(containsString(NAME))).andExpect(content().string(containsString("电话记录单.pdf")));
		}
		for (String masked : List.of("yuhu.inspector2", "city.leader", "city.director", "city.inspector1")) {
			mvc.perform(get("/api/complaints/{id}", c.id()).with(api(masked))).andExpect(status().isOk())
				.andExpect(jsonPath("$.reporterName").value(ComplaintView.MASK)).andExpect(jsonPath("$.reporterVisible").value(false))
				.andExpect(content().string(not(containsString(PHONE)))).andExpect(content().string(not(containsString(EMAIL))));
			mvc.perform(get("/complaints/{id}", c.id()).with(page(userDetails, masked))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(NAME)))).andExpect(content().string(not(containsString(PHONE))))
				.andExpect(content().string(not(containsString("电话记录单.pdf"))));
		}
		long attachment = complaints.attachments(f.as("yuhu.leader"), c.id()).get(0).id();
		mvc.perform(get("/complaints/{id}/attachments/{a}", c.id(), attachment).with(page(userDetails, "yuhu.inspector2")))
			.andExpect(status().isNotFound());
		for (String none : List.of("yuhu.legal", "yuhu.admin", "yuhu.owner", "yuetang.leader")) {
			mvc.perform(get("/api/complaints/{id}", c.id()).with(api(none))).andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(NAME))));
		}
	}

	@Test
	void shouldNeverPutTheReporterInListsExportsTimelinesNotificationsOrTaskLists() throws Exception {
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "属统计违法举报", null,
				"您的举报已受理", "PHONE"));
		for (String reader : List.of("yuhu.leader", "yuhu.director", "yuhu.inspector1")) {
			mvc.perform(get("/api/complaints").with(api(reader))).andExpect(status().isOk())
				.andExpect(content().string(containsString(c.complaintNumber())))
				.andExpect(content().string(not(containsString(NAME)))).andExpect(content().string(not(containsString(PHONE))));
			mvc.perform(get("/complaints").with(page(userDetails, reader))).andExpect(status().isOk())
				.andExpect(content().string(containsString(c.complaintNumber()))).andExpect(content().string(not(containsString(NAME))));
			byte[] xlsx = mvc.perform(get("/complaints/export").with(page(userDetails, reader))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			List<String> cells = cells(xlsx);
			assertThat(cells).contains(c.complaintNumber());
			assertThat(cells).allSatisfy(v -> assertThat(v).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(EMAIL)
				.doesNotContain("建设北路"));
		}
		// the leader's task list (the approval) and the handler's: the reported unit, not the reporter
		for (String user : List.of("yuhu.leader", "yuhu.inspector1")) {
			mvc.perform(get("/tasks").with(page(userDetails, user))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(NAME))));
		}
		mvc.perform(get("/tasks").with(page(userDetails, "yuhu.leader")))
			.andExpect(content().string(containsString("湘潭市雨湖区九华物流有限公司")));
		assertThat(jdbc.queryForList("SELECT CONCAT(COALESCE(detail,''), COALESCE(opinion,'')) FROM activity_log WHERE subject_type = ? AND subject_id = ?",
				String.class, ComplaintService.SUBJECT, c.id())).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(t -> assertThat(t).doesNotContain(NAME).doesNotContain(PHONE));
		assertThat(jdbc.queryForList("SELECT CONCAT(title, COALESCE(body,'')) FROM notification WHERE subject_type = ? AND subject_id = ?",
				String.class, ComplaintService.SUBJECT, c.id())).isNotEmpty()
			.allSatisfy(t -> assertThat(t).doesNotContain(NAME).doesNotContain(PHONE));
		// the engine holds ids only
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(c.complaintNumber()).singleResult().getName()).isEqualTo("审批举报分办");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE TEXT_ = ? OR TEXT_ = ?", Integer.class, NAME, PHONE)).isZero();
	}

	static List<String> cells(byte[] xlsx) throws Exception {
		List<String> values = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : wb.getSheetAt(0)) {
				for (Cell cell : row) {
					values.add(cell.toString());
				}
			}
		}
		return values;
	}

}
