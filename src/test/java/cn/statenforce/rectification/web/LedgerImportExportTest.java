package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.LedgerSheetFixtures;
import cn.statenforce.shared.AppClock;

/**
 * Through the API and the pages: preview then import, the export in the upward layout (title, 序号 per problem,
 * merged 方面/问题, 进展情况, 状态, 佐证材料 count) that imports back into another plan as the same lists, the template
 * that imports cleanly, errors as a problem body with every row and column.
 */
@StatEnforceTest
class LedgerImportExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper objectMapper;

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService userDetails;

	RectificationApiSupport api;

	int year;

	LedgerSheetFixtures.Names names;

	@BeforeEach
	void setUp() {
		api = new RectificationApiSupport(mvc, objectMapper);
		year = AppClock.today().getYear() + 1;
		names = new LedgerSheetFixtures.Names(users.summary("yuhu.leader").displayName(), users.summary("yuhu.director").displayName());
	}

	private long newPlan() throws Exception {
		return api.read(api.post("yuhu.leader", "/plans", Map.of("source", "SUPERVISION", "sourceBody", "市统计督察组",
				"receivedOn", AppClock.today().toString(), "title", "统计督察反馈问题整改", "planLeader", "yuhu.director")))
			.get("id").asLong();
	}

	@Test
	void shouldPreviewImportExportAndReimportAsTheSameLists() throws Exception {
		long planA = newPlan();
		var file = RectificationApiSupport.file(LedgerSheetFixtures.patrolLedger(year, names));
		JsonNode preview = api.read(api.upload("yuhu.leader", "/plans/{id}/import/preview", file, new String[0][], planA)
			.andExpect(status().isOk()));
		assertThat(preview.get("measures").asInt()).isEqualTo(6);
		api.get("yuhu.leader", "/plans/{id}", planA).andExpect(jsonPath("$.measures.length()").value(0));
		api.upload("yuhu.leader", "/plans/{id}/import", file, new String[0][], planA)
			.andExpect(status().isOk()).andExpect(jsonPath("$.problems").value(4)).andExpect(jsonPath("$.measures").value(6));
		api.post("yuhu.leader", "/plans/{id}/publish", Map.of(), planA).andExpect(status().isOk());
		api.upload("yuhu.leader", "/plans/{id}/import", file, new String[0][], planA).andExpect(status().isConflict());

		JsonNode measuresA = api.read(api.get("yuhu.leader", "/plans/{id}", planA)).get("measures");
		long first = measuresA.get(0).get("id").asLong();
		String[][] params = { { "content", "已制定学习计划初稿" } };
		api.upload("yuhu.leader", "/measures/{id}/progress", RectificationApiSupport.evidence("学习计划.txt"), params, first)
			.andExpect(status().isCreated());

		byte[] exportA = api.get("yuhu.leader", "/ledger/export?planId={id}", planA).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exportA))) {
			Sheet s = wb.getSheetAt(0);
			List<List<String>> rows = rows(s);
			assertThat(rows.get(0).get(0)).isEqualTo("统计督察反馈问题整改台账");
			assertThat(rows.get(2)).containsExactly("序号", "方面", "问题", "整改措施", "整改类别", "责任单位", "配合单位", "责任领导",
					"完成时限", "进展情况", "状态", "佐证材料（份）", "佐证要求");
			// 序号 per problem: 1, 1, 2, 3, 3, 4 over the six measure rows
			assertThat(rows.subList(3, 9)).extracting(r -> r.get(0)).containsExactly("1", "1", "2", "3", "3", "4");
			assertThat(rows.get(3)).contains("已制定学习计划初稿", "整改中", "1");
			assertThat(rows.get(5).get(8)).isEqualTo("长期坚持");
			assertThat(s.getMergedRegions()).contains(new CellRangeAddress(3, 4, 2, 2), new CellRangeAddress(3, 5, 1, 1),
					new CellRangeAddress(3, 4, 0, 0));
		}

		long planB = newPlan();
		api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.file(exportA), new String[0][], planB)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aspects").value(2))
			.andExpect(jsonPath("$.problems").value(4))
			.andExpect(jsonPath("$.measures").value(6));
		JsonNode measuresB = api.read(api.get("yuhu.leader", "/plans/{id}", planB)).get("measures");
		for (int i = 0; i < 6; i++) {
			for (String f : List.of("content", "ownerName", "leaderName", "deadline", "category")) {
				assertThat(measuresB.get(i).get(f)).as(f).isEqualTo(measuresA.get(i).get(f));
			}
		}
	}

	@Test
	void shouldImportTheTemplateCleanly() throws Exception {
		long planId = newPlan();
		byte[] template = api.get("yuhu.leader", "/ledger/template").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.file(template), new String[0][], planId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").value(1))
			.andExpect(jsonPath("$.measures").value(2));
		api.get("yuhu.leader", "/plans/{id}", planId).andExpect(jsonPath("$.measures[1].category").value("LONG_TERM"))
			.andExpect(jsonPath("$.measures[1].deadline").doesNotExist());
	}

	@Test
	void shouldAnswerEveryFaultAsAProblemBody() throws Exception {
		long planId = newPlan();
		var file = RectificationApiSupport.file(LedgerSheetFixtures.faulty(year, names, AppClock.today().minusDays(3)));
		JsonNode problem = api.read(api.upload("yuhu.leader", "/plans/{id}/import", file, new String[0][], planId)
			.andExpect(status().isBadRequest()));
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("column").asText()));
		assertThat(errors).containsExactly("3:整改措施", "3:整改类别", "3:完成时限", "4:责任单位", "4:完成时限", "5:问题");
		assertThat(problem.get("detail").asText()).contains("6 处错误");
		api.get("yuhu.leader", "/plans/{id}", planId).andExpect(jsonPath("$.aspects.length()").value(0));
	}

	@Test
	void shouldPreviewAndConfirmThroughThePages() throws Exception {
		long planId = newPlan();
		byte[] bytes = LedgerSheetFixtures.supervisionSelfCheck(year);
		String page = mvc.perform(multipart("/rectification/plans/{id}/import/preview", planId)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "自查整改表.xlsx", "application/octet-stream", bytes))
			.with(user(userDetails.loadUserByUsername("yuhu.leader"))).with(csrf().asHeader()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("导入预览", "工作举措", "缺少“整改措施”列", "preview-errors");
		String fileData = Base64.getEncoder().encodeToString(bytes);
		String again = mvc.perform(multipart("/rectification/plans/{id}/import/preview", planId).param("fileData", fileData)
			.param("fileName", "自查整改表.xlsx").param("column.2", "MEASURE")
			.with(user(userDetails.loadUserByUsername("yuhu.leader"))).with(csrf().asHeader()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).doesNotContain("preview-errors").contains("preview-rows", "督促企业建立统计台账并逐户核查");
		mvc.perform(multipart("/rectification/plans/{id}/import/confirm", planId).param("fileData", fileData)
			.param("fileName", "自查整改表.xlsx").with(user(userDetails.loadUserByUsername("yuhu.leader"))).with(csrf().asHeader()))
			.andExpect(flash().attribute("errorMessage", "导入文件有 1 处错误，未导入任何数据"));
		mvc.perform(multipart("/rectification/plans/{id}/import/confirm", planId).param("fileData", fileData)
			.param("fileName", "自查整改表.xlsx").param("column.2", "MEASURE")
			.with(user(userDetails.loadUserByUsername("yuhu.leader"))).with(csrf().asHeader()))
			.andExpect(flash().attribute("message", "已导入1个方面、2个问题、2条措施"));
		api.get("yuhu.leader", "/plans/{id}", planId).andExpect(jsonPath("$.measures.length()").value(2));
	}

	@Test
	void shouldEditDeleteAndDiscardADraftThroughTheApi() throws Exception {
		long planId = newPlan();
		api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.file(LedgerSheetFixtures.patrolLedger(year, names)),
				new String[0][], planId).andExpect(status().isOk());
		JsonNode plan = api.read(api.get("yuhu.leader", "/plans/{id}", planId));
		assertThat(plan.get("actions").get("edit").asBoolean()).isTrue();
		long measure = plan.get("measures").get(0).get("id").asLong();
		long problem = plan.get("problems").get(3).get("id").asLong();
		long aspect = plan.get("aspects").get(0).get("id").asLong();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(RectificationApiSupport.API + "/measures/{id}", measure)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("yuhu.leader", RectificationApiSupport.PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(objectMapper.writeValueAsString(Map.of("content", "制定年度理论学习计划", "owner", "局办公室", "leader", names.leader(),
					"deadline", year + "-04-30", "category", "限期整改"))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.deadline").value(year + "-04-30"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(RectificationApiSupport.API + "/problems/{id}", problem)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("yuhu.leader", RectificationApiSupport.PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(RectificationApiSupport.API + "/aspects/{id}", aspect)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("yuhu.owner", RectificationApiSupport.PASSWORD)))
			.andExpect(status().isNotFound());
		api.get("yuhu.leader", "/plans/{id}", planId).andExpect(jsonPath("$.problems.length()").value(3))
			.andExpect(jsonPath("$.measures.length()").value(5));
		api.post("yuhu.leader", "/plans/{id}/discard", Map.of("reason", ""), planId).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请写明作废理由"));
		api.post("yuhu.leader", "/plans/{id}/discard", Map.of("reason", "导入了错误的台账"), planId).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCARDED"));
		api.get("yuhu.leader", "/directory?kind=UNIT").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.responsible.name == '局办公室')]").exists());
	}

	private static List<List<String>> rows(Sheet s) {
		DataFormatter f = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= s.getLastRowNum(); r++) {
			Row row = s.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < 13; i++) {
				cells.add(row == null || row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
			}
			rows.add(cells);
		}
		return rows;
	}

}
