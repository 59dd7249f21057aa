package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;

/** XLSX import with a row-level error report (all or nothing) and the export → import round trip. */
@StatEnforceTest
class LedgerImportExportTest {

	static final List<String> HEADERS = List.of("序号", "方面", "问题", "整改措施", "责任单位", "责任领导", "完成时限", "整改类别", "佐证要求");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper objectMapper;

	RectificationApiSupport api;

	String due;

	@BeforeEach
	void setUp() {
		api = new RectificationApiSupport(mvc, objectMapper);
		due = AppClock.today().plusDays(30).toString();
	}

	private long newPlan() throws Exception {
		return api.read(api.post("yuhu.leader", "/plans", Map.of("source", "SUPERVISION", "sourceBody", "市统计督察组",
				"receivedOn", AppClock.today().toString(), "title", "统计督察反馈问题整改", "planLeader", "yuhu.director")))
			.get("id").asLong();
	}

	@Test
	void shouldReportBadRowsAndImportNothing() throws Exception {
		long planId = newPlan();
		List<List<String>> rows = List.of(
				List.of("1", "数据质量方面", "基层台账不健全", "建立台账", "yuhu.owner", "yuhu.leader", due, "限期整改", "台账"),
				List.of("2", "数据质量方面", "基层台账不健全", "培训", "不存在的科室", "yuhu.leader", due, "限期整改", "签到表"),
				List.of("3", "数据质量方面", "", "措施", "yuhu.owner", "yuhu.leader", due, "限期整改", ""),
				List.of("4", "数据质量方面", "审核不严", "严格审核", "yuhu.owner2", "yuhu.leader", "下个月", "限期整改", ""),
				List.of("5", "数据质量方面", "审核不严", "复核", "yuhu.owner2", "yuhu.owner", due, "限期整改", ""),
				List.of("6", "数据质量方面", "审核不严", "整改", "yuhu.owner2", "yuhu.leader", due, "马上改", ""));
		JsonNode problem = api.read(api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.xlsx(HEADERS, rows),
				new String[0][], planId).andExpect(status().isBadRequest()));
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("column").asText()));
		assertThat(errors).containsExactly("3:责任单位", "4:问题", "5:完成时限", "6:责任领导", "7:整改类别");
		api.get("yuhu.leader", "/ledger?planId={id}", planId).andExpect(jsonPath("$.summary.measures").value(0));
		api.get("yuhu.leader", "/plans/{id}", planId).andExpect(jsonPath("$.aspects.length()").value(0));
	}

	@Test
	void shouldReportMissingHeaders() throws Exception {
		long planId = newPlan();
		api.upload("yuhu.leader", "/plans/{id}/import",
				RectificationApiSupport.xlsx(List.of("问题", "整改措施"), List.of(List.of("问题", "措施"))), new String[0][], planId)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(1));
	}

	@Test
	void shouldReimportExportedLedger() throws Exception {
		long planA = newPlan();
		List<List<String>> rows = List.of(
				List.of("1", "数据质量方面", "基层台账不健全", "建立台账", "yuhu.owner", "yuhu.leader", due, "限期整改", "台账"),
				List.of("2", "数据质量方面", "基层台账不健全", "开展培训", "yuhu.owner2", "yuhu.director", due, "立行立改", "签到表"),
				List.of("3", "制度建设方面", "制度不完善", "修订统计数据审核制度", "yuhu.owner", "yuhu.leader", due, "长期坚持", "制度文本"));
		api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.xlsx(HEADERS, rows), new String[0][], planA)
			.andExpect(status().isOk()).andExpect(jsonPath("$.problems").value(2));
		api.post("yuhu.leader", "/plans/{id}/publish", Map.of(), planA).andExpect(status().isOk());
		api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.xlsx(HEADERS, rows), new String[0][], planA)
			.andExpect(status().isConflict());
		long first = api.read(api.get("yuhu.leader", "/plans/{id}", planA)).get("measures").get(0).get("id").asLong();
		String[][] params = { { "content", "台账已建立一半" } };
		api.upload("yuhu.owner", "/measures/{id}/progress", RectificationApiSupport.evidence("台账照片.pdf"), params, first)
			.andExpect(status().isCreated());

		byte[] exportA = api.get("yuhu.leader", "/ledger/export?planId={id}", planA).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> sheetA = sheet(exportA);
		assertThat(sheetA.get(0).subList(0, 9))
			.containsExactly("序号", "问题", "整改措施", "责任单位", "责任领导", "完成时限", "进展情况", "状态", "佐证材料");
		assertThat(sheetA).hasSize(4);
		assertThat(sheetA.get(1)).contains("台账已建立一半", "整改中", "台账照片.pdf");

		long planB = newPlan();
		api.upload("yuhu.leader", "/plans/{id}/import", RectificationApiSupport.file(exportA), new String[0][], planB)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aspects").value(2))
			.andExpect(jsonPath("$.problems").value(2))
			.andExpect(jsonPath("$.measures").value(3));
		List<List<String>> sheetB = sheet(api.get("yuhu.leader", "/ledger/export?planId={id}", planB)
			.andReturn().getResponse().getContentAsByteArray());
		for (int r = 1; r < 4; r++) {
			assertThat(columns(sheetB.get(r))).isEqualTo(columns(sheetA.get(r)));
		}
	}

	/** The columns that define the lists: 问题, 整改措施, 责任单位, 责任领导, 完成时限, 方面, 整改类别, 佐证要求. */
	private static List<String> columns(List<String> row) {
		return List.of(row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(9), row.get(10), row.get(11));
	}

	private static List<List<String>> sheet(byte[] xlsx) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet s = wb.getSheetAt(0);
			DataFormatter f = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : s) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 12; i++) {
					cells.add(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
