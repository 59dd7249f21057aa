package cn.statenforce.probe;

import static cn.statenforce.WebTestSupport.api;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.enforcementcase.CaseFixture;

@StatEnforceTest
class HostileProbeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFixture cases;

	void show(String name, RequestBuilder r) throws Exception {
		var res = mvc.perform(r).andReturn().getResponse();
		System.out.println("PROBE " + name + " -> " + res.getStatus() + " " + res.getContentAsString(StandardCharsets.UTF_8).replace('\n', ' ').substring(0, Math.min(300, res.getContentAsString(StandardCharsets.UTF_8).length())));
	}

	@Test
	void probe() throws Exception {
		long enterprise = cases.queries.getUnchecked(cases.filed().getId()).getEnterpriseId();
		String lead = """
				{"source":"REPORT","enterpriseId":%d,"cause":"涉嫌虚报","findings":"举报称虚报营业收入","conductDate":"2026-01-05"}
				""".formatted(enterprise);
		show("dupkey", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("{\"source\":\"REPORT\",", "{\"source\":\"REPORT\",\"source\":\"REPORT\",")));
		show("dupkey2", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("\"cause\":\"涉嫌虚报\",", "\"cause\":\"涉嫌虚报\",\"cause\":\"x\",")));
		show("padenum", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("\"REPORT\"", "\" REPORT \"")));
		show("nulenum", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("\"REPORT\"", "\"REPORT\\u0000\"")));
		show("farDate", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("2026-01-05", "+300000-01-01")));
		show("oldDate", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("2026-01-05", "0001-01-01")));
		show("crlf", post("/api/cases").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON)
			.content(lead.replace("涉嫌虚报", "涉嫌\\r\\n虚报\\u0000")));
		show("addwd", get("/api/calendar/add-working-days").param("from", "+300000-01-01").param("days", "400").with(api("yuhu.inspector1")));
		show("inv-null", post("/api/cases/" + cases.filed().getId() + "/investigation-report").with(api("yuhu.inspector2")).contentType(MediaType.APPLICATION_JSON)
			.content("""
				{"violations":[null],
				 "circumstance":"GENERAL","firstOffence":false,"correctedInTime":false,"complex":false,"opinion":"调查终结"}
				"""));
		show("plan-null", post("/api/inspection/plans").with(api("yuhu.legal")).contentType(MediaType.APPLICATION_JSON)
			.content("""
				{"title":"2026年统计执法双随机抽查","planType":"RANDOM","planYear":2026,"riskWeight":1,"sampleSize":2,
				 "plannedDate":"2026-06-01","itemIds":[null]}
				"""));
		show("plan-far", post("/api/inspection/plans").with(api("yuhu.legal")).contentType(MediaType.APPLICATION_JSON)
			.content("""
				{"title":"2026年统计执法双随机抽查","planType":"RANDOM","planYear":2026,"riskWeight":1,"sampleSize":2,
				 "plannedDate":"+300000-06-01","itemIds":[1]}
				"""));
		show("cal-day", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/calendar/days/2026-10-10").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dayType\":\"HOLIDAY\",\"holidayName\":\"测试\"}"));
		show("bureau", post("/api/admin/bureaus").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"430399\",\"name\":\"测试区统计局\",\"docPrefix\":\"测统\"}"));
		show("multipart-nul", multipart("/api/calendar/years/2027/import").file(new MockMultipartFile("file", "a\u0000.xlsx", "application/octet-stream", new byte[] {1,2,3})).with(api("yuhu.inspector1")));
	}

}
