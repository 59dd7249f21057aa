package cn.statenforce.interference.web;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.interference.InterferenceMethod;
import cn.statenforce.interference.InterferenceRecord;
import cn.statenforce.interference.InterferenceService;
import cn.statenforce.interference.InterferenceType;
import cn.statenforce.interference.RecordCommand;
import cn.statenforce.shared.ConflictException;

/**
 * The interference register is confidential: the record, its evidence and timeline reach only the recorder, the
 * bureau's director and its designated recorders; leaders, other inspectors, legal reviewers, administrators and the
 * upper bureau get 404 on pages and API, no line in the list and no export; the year-end report shows only a count.
 */
@StatEnforceTest
class InterferenceConfidentialityTest {

	/** Names that must never reach a reader without the right (a real case would have a real name). */
	static final String LEADER_NAME = "司马光明";

	static final String CONTENT = "要求把本年度固定资产投资增速由3.1%调整为7.5%，并称“上面要看这个数”。";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	InterferenceService records;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	InterferenceRecord record;

	@BeforeEach
	void recordOne() {
		try {
			records.designate(f.as("yuhu.director"), "yuhu.legal");
		}
		catch (ConflictException alreadyDesignated) {
			// designated by another test of this context
		}
		record = records.record(f.as("yuhu.inspector1"), new RecordCommand(LocalDate.now(), LEADER_NAME, "区委常委", "中共湘潭市雨湖区委员会",
				InterferenceType.DEMAND_FALSE_DATA.name(), InterferenceMethod.MEETING.name(), CONTENT, true, "局长", null, null),
				List.of(EvidenceFiles.pdf("会议记录.pdf")));
	}

	@Test
	void shouldShowTheRecordToTheRecorderTheDirectorAndTheDesignatedRecorderOnly() throws Exception {
		long attachment = records.attachments(f.as("yuhu.inspector1"), record.id()).get(0).id();
		for (String allowed : List.of("yuhu.inspector1", "yuhu.director", "yuhu.legal")) {
			mvc.perform(get("/api/interference/records/{id}", record.id()).with(api(allowed)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.leaderName").value(LEADER_NAME));
			mvc.perform(get("/interference/records/{id}", record.id()).with(page(userDetails, allowed)))
				.andExpect(status().isOk()).andExpect(content().string(containsString(CONTENT)));
			mvc.perform(get("/interference/records/{id}/attachments/{a}", record.id(), attachment).with(page(userDetails, allowed)))
				.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
		}
		for (String denied : List.of("yuhu.leader", "yuhu.inspector2", "yuhu.admin", "yuhu.owner", "city.director", "city.leader",
				"yuetang.director")) {
			mvc.perform(get("/api/interference/records/{id}", record.id()).with(api(denied))).andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(LEADER_NAME))));
			mvc.perform(get("/interference/records/{id}", record.id()).with(page(userDetails, denied))).andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(CONTENT))));
			mvc.perform(get("/interference/records/{id}/attachments/{a}", record.id(), attachment).with(page(userDetails, denied)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/interference/records").with(api(denied))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(LEADER_NAME))));
			mvc.perform(get("/interference").with(page(userDetails, denied)))
				.andExpect(content().string(not(containsString(record.recordNumber()))));
			var export = mvc.perform(get("/interference/export").with(page(userDetails, denied))).andReturn().getResponse();
			if (denied.endsWith(".director")) {
				// another bureau's director exports their own register, without this record
				assertThat(export.getStatus()).isEqualTo(200);
				assertThat(cells(export.getContentAsByteArray())).doesNotContain(LEADER_NAME, record.recordNumber());
			}
			else {
				assertThat(export.getStatus()).isEqualTo(403);
			}
		}
		// the other inspector sees their own records only: the list holds the recorder's, not this one
		mvc.perform(get("/api/interference/records").with(api("yuhu.inspector1")))
			.andExpect(content().string(containsString(record.recordNumber())));
	}

	@Test
	void shouldExportTheRegisterOnlyToItsReadersAndCountOnlyInTheYearEndReport() throws Exception {
		byte[] xlsx = mvc.perform(get("/interference/export").with(page(userDetails, "yuhu.director")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(cells(xlsx)).contains(LEADER_NAME, CONTENT, record.recordNumber());
		mvc.perform(get("/interference/export").with(page(userDetails, "yuhu.inspector1"))).andExpect(status().isForbidden());
		// the year-end report (readable by leaders, legal reviewers and administrators) carries the count only
		String report = mvc.perform(get("/api/reports/annual").param("year", "" + LocalDate.now().getYear()).with(api("yuhu.leader")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("supervision.interference").doesNotContain(LEADER_NAME).doesNotContain("区委常委");
		// the timeline and notifications of the record carry neither name nor content
		assertThat(jdbc.queryForList("SELECT CONCAT(COALESCE(detail,''), COALESCE(opinion,'')) FROM activity_log WHERE subject_type = ? AND subject_id = ?",
				String.class, InterferenceService.SUBJECT_RECORD, record.id())).isNotEmpty()
			.allSatisfy(t -> assertThat(t).doesNotContain(LEADER_NAME).doesNotContain("固定资产"));
		assertThat(jdbc.queryForList("SELECT CONCAT(title, COALESCE(body,'')) FROM notification WHERE subject_type = ? AND subject_id = ?",
				String.class, InterferenceService.SUBJECT_RECORD, record.id())).isNotEmpty()
			.allSatisfy(t -> assertThat(t).doesNotContain(LEADER_NAME).doesNotContain("固定资产"));
	}

	static List<String> cells(byte[] xlsx) throws Exception {
		List<String> values = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : wb.getSheetAt(0)) {
				for (Cell c : row) {
					values.add(c.toString());
				}
			}
		}
		return values;
	}

}
