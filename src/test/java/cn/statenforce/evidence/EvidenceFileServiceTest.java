package cn.statenforce.evidence;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.attachment.FileUpload;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.inspection.Inspection;
import cn.statenforce.inspection.InspectionItem;
import cn.statenforce.inspection.InspectionPlan;
import cn.statenforce.inspection.InspectionPlanService;
import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.inspection.PlanCommand;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;

/**
 * Evidence files as inspectors attach them to a case and an inspection: the type comes from the bytes, the SHA-256
 * is recorded, only the record's own inspectors of its own bureau may add files (refused before anything is stored),
 * anyone who may see the record may download, and each upload is on the bureau's 全过程记录.
 */
@StatEnforceTest
class EvidenceFileServiceTest {

	@Autowired ProcessEngine engine;
	@Autowired MockMvc mvc;
	@Autowired CaseFixture cases;
	@Autowired JdbcTemplate jdbc;
	@Autowired UserDetailsService users;
	@Autowired InspectionPlanService plans;
	@Autowired InspectionRegisters registers;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void shouldStoreACaseFileWithItsDetectedTypeAndDigestAndRecordTheUpload() throws Exception {
		EnforcementCase c = cases.filed();
		FileUpload photo = EvidenceFiles.png("现场照片-报表与台账比对.png");
		mvc.perform(multipart("/api/cases/{id}/evidence-files", c.getId())
			.file(new MockMultipartFile("files", photo.fileName(), "application/octet-stream", photo.bytes()))
			.with(api("yuhu.inspector2")).with(r -> {
				r.setRemoteAddr("10.12.0.23");
				return r;
			}))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].attachment.contentType").value("image/png"))
			.andExpect(jsonPath("$[0].attachment.sha256").value(sha256(photo.bytes())))
			.andExpect(jsonPath("$[0].stepLabel").value("调查取证"));
		long fileId = jdbc.queryForObject("SELECT id FROM register_attachment WHERE owner_type = 'CASE_EVIDENCE' AND owner_id = ?",
				Long.class, c.getId());
		Map<String, Object> audit = jdbc.queryForMap(
				"SELECT * FROM audit_record WHERE subject_type = 'ENFORCEMENT_CASE' AND subject_id = ? ORDER BY id DESC LIMIT 1", c.getId());
		assertThat(audit).containsEntry("ACTION", "EVIDENCE_FILE").containsEntry("ACTOR", "yuhu.inspector2")
			.containsEntry("CLIENT_ADDRESS", "10.12.0.23");
		assertThat((String) audit.get("NEW_VALUE")).contains("现场照片-报表与台账比对.png").contains("image/png")
			.contains(sha256(photo.bytes()));
		// the upper bureau reads the case and its files; the other district does not see them
		mvc.perform(get("/api/cases/{id}/evidence-files/{f}", c.getId(), fileId).with(api("city.leader")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(photo.bytes()));
		mvc.perform(get("/api/cases/{id}/evidence-files/{f}", c.getId(), fileId).with(api("yuetang.inspector1")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}/evidence-files", c.getId()).with(api("yuetang.leader"))).andExpect(status().isNotFound());
		// the case page lists the file and offers the upload to the case's inspectors only
		mvc.perform(get("/cases/{id}", c.getId()).with(page(users, "yuhu.inspector1")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("现场照片-报表与台账比对.png")))
			.andExpect(content().string(Matchers.containsString("id=\"evidence-upload\"")))
			// the uploader by 姓名, never by username
			.andExpect(content().string(Matchers.containsString("<td class=\"evidence-uploader\">" + displayName("yuhu.inspector2") + "</td>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">yuhu.inspector2<"))));
		mvc.perform(get("/cases/{id}", c.getId()).with(page(users, "yuhu.leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"evidence-upload\""))));
	}

	@Test
	void shouldRefuseOthersBeforeStoringAnything() throws Exception {
		EnforcementCase c = cases.filed();
		FileUpload pdf = EvidenceFiles.pdf("询问笔录扫描件.pdf");
		MockMultipartFile part = new MockMultipartFile("files", pdf.fileName(), "application/pdf", pdf.bytes());
		// an inspector of the bureau who is not on the case, a leader, the upper bureau's inspector
		for (String user : List.of("yuhu.inspector3", "yuhu.leader", "city.inspector1")) {
			mvc.perform(multipart("/api/cases/{id}/evidence-files", c.getId()).file(part).with(api(user)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(multipart("/api/cases/{id}/evidence-files", c.getId()).file(part).with(api("yuetang.inspector1")))
			.andExpect(status().isNotFound());
		// a program renamed to .pdf is refused by its content
		FileUpload exe = EvidenceFiles.disguisedExecutable("处罚决定书.pdf");
		mvc.perform(multipart("/api/cases/{id}/evidence-files", c.getId())
			.file(new MockMultipartFile("files", exe.fileName(), "application/pdf", exe.bytes()))
			.with(api("yuhu.inspector1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("处罚决定书.pdf")));
		mvc.perform(multipart("/api/cases/{id}/evidence-files", c.getId()).with(api("yuhu.inspector1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请选择要上传的证据文件"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_attachment WHERE owner_type = 'CASE_EVIDENCE' AND owner_id = ?",
				Integer.class, c.getId())).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE subject_type = 'ENFORCEMENT_CASE' AND subject_id = ? AND action = 'EVIDENCE_FILE'",
				Integer.class, c.getId())).isZero();
	}

	@Test
	void shouldTakeOnSiteFilesOfAnInspectionFromItsTwoInspectorsOnTheCasePage() throws Exception {
		Inspection i = startedInspection();
		FileUpload photo = EvidenceFiles.png("现场检查-统计台账.png");
		String other = List.of("yuhu.inspector1", "yuhu.inspector2", "yuhu.inspector3").stream()
			.filter(u -> !i.isInspector(u)).findFirst().orElseThrow();
		mvc.perform(multipart("/inspection/inspections/{id}/evidence-files", i.id())
			.file(new MockMultipartFile("files", photo.fileName(), "image/png", photo.bytes()))
			.with(page(users, other)).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_attachment WHERE owner_type = 'INSPECTION_EVIDENCE' AND owner_id = ?",
				Integer.class, i.id())).isZero();
		mvc.perform(multipart("/inspection/inspections/{id}/evidence-files", i.id())
			.file(new MockMultipartFile("files", photo.fileName(), "image/png", photo.bytes()))
			.with(page(users, i.inspector1())).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("message", "证据文件已上传，本记录现有证据文件1份"));
		mvc.perform(get("/inspection/inspections/{id}", i.id()).with(page(users, i.inspector2())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("现场检查-统计台账.png")))
			.andExpect(content().string(Matchers.containsString("待送达通知书")))
			.andExpect(content().string(Matchers.containsString("<td class=\"evidence-uploader\">" + displayName(i.inspector1()) + "</td>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">" + i.inspector1() + "<"))));
		assertThat(jdbc.queryForObject("SELECT step_label FROM evidence_file WHERE record_type = 'INSPECTION' AND record_id = ?",
				String.class, i.id())).isEqualTo("待送达通知书");
	}

	private Inspection startedInspection() {
		CurrentUser legal = cases.as("yuhu.legal");
		List<Long> items = registers.items(legal.bureauId(), true).stream().filter(InspectionItem::isDefault)
			.map(InspectionItem::id).toList();
		InspectionPlan p = plans.create(legal, new PlanCommand("2026年度统计执法双随机抽查（证据文件）", PlanType.RANDOM,
				AppClock.today().getYear(), null, "《统计法》第三十八条", null, null, null, false, false, 1, null, 1, null,
				AppClock.today(), items, null, null));
		plans.submit(legal, p.id());
		plans.decide(cases.as("yuhu.leader"), p.id(), true, "同意");
		plans.draw(legal, p.id(), 3107L);
		return plans.start(legal, p.id()).get(0);
	}

	/** The 姓名 as the user directory holds it (read directly, not through the page's helper). */
	private String displayName(String username) {
		String name = jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = ?", String.class, username);
		assertThat(name).isNotBlank().isNotEqualTo(username);
		return name;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
