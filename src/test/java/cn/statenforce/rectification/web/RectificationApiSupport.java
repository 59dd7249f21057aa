package cn.statenforce.rectification.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** REST calls as demo users (HTTP Basic, demo password) and XLSX building for the API tests. */
final class RectificationApiSupport {

	static final String PASSWORD = "demo123456";

	static final String API = "/api/rectification";

	private final MockMvc mvc;

	private final ObjectMapper json;

	RectificationApiSupport(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	ResultActions get(String user, String path, Object... vars) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API + path, vars)
			.with(httpBasic(user, PASSWORD)));
	}

	ResultActions post(String user, String path, Object body, Object... vars) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(API + path, vars)
			.with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	ResultActions upload(String user, String path, MockMultipartFile file, String[][] params, Object... vars) throws Exception {
		var req = multipart(API + path, vars).file(file).with(httpBasic(user, PASSWORD));
		for (String[] p : params) {
			req.param(p[0], p[1]);
		}
		return mvc.perform(req);
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static MockMultipartFile evidence(String name) {
		return new MockMultipartFile("files", name, "application/pdf", ("佐证材料 " + name).getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile xlsx(List<String> headers, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("问题清单");
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < rows.get(r).size(); i++) {
					String v = rows.get(r).get(i);
					if (v != null) {
						row.createCell(i).setCellValue(v);
					}
				}
			}
			wb.write(out);
			return file(out.toByteArray());
		}
	}

	static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "问题清单.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
	}


}
