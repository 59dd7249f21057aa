package cn.statenforce.enforcementcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DossierFixture;
import cn.statenforce.document.EnforcementDocument;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * 法定要件核验 on 立案审批, 法制审核 and 结案审批 (issue 18), and on the approval sheets. For each step the checklist lists
 * what the law requires of it — 立案: the approver did not handle or investigate the case, the party is the bureau's
 * (管辖), the conduct is within the two-year limitation (《行政处罚法》第三十六条); 法制审核: the items of
 * 《行政处罚法》第五十八条 and the review form (执法主体/管辖, 执法人员资格 — two inspectors with valid certificates,
 * 《统计法》第三十八条 —, 事实证据, 法律依据, 程序, 裁量基准); 结案: the order to correct re-checked and the dossier
 * complete. A requirement made to fail turns its line red, and the step is refused in the line's words with nothing
 * changed; the DOCX approval sheet prints the lines as they stood at the approval.
 */
@StatEnforceTest
class CaseStepChecklistTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	CaseChecklist checklist;

	@Autowired
	DossierFixture docs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TaskService tasks;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void shouldRefuseTheFilingWhileTheLimitationOrTheJurisdictionFailsAndPrintTheChecklistOnTheFilingForm() throws Exception {
		EnforcementCase c = f.lead(AppClock.today().minusMonths(2));
		f.intake.assess(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Assess(AssessmentProposal.FILE, "事实清楚，建议立案"));
		execute(job("Task_CheckLimitation", f.pi(c)));
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveFiling");

		List<CaseChecklist.Check> leader = checklist.filingApproval(f.as("yuhu.leader"), f.reload(c));
		assertThat(leader).hasSize(3).allMatch(CaseChecklist.Check::met);
		assertThat(line(leader, "审批人").requirement()).contains("调查与决定分离");
		assertThat(line(leader, "属本局管辖").detail()).contains(c.getPartyName());
		assertThat(line(leader, "未超过追责时效").requirement()).contains("《行政处罚法》第三十六条");
		// the inspector who registered and assessed the lead may not approve its filing
		CaseChecklist.Check handler = line(checklist.filingApproval(f.as("yuhu.inspector1"), f.reload(c)), "审批人");
		assertThat(handler.met()).isFalse();
		assertThat(handler.detail()).isEqualTo("审批人不得为本案线索承办人或调查人员");

		// the conduct turns out to date from more than two years before the lead: time-barred, no filing
		LocalDate discovered = f.reload(c).discoveredOn();
		LocalDate conduct = f.reload(c).getConductDate();
		jdbc.update("UPDATE enforcement_case SET conduct_date = ? WHERE id = ?", discovered.minusYears(2).minusDays(1), c.getId());
		CaseChecklist.Check barred = line(checklist.filingApproval(f.as("yuhu.leader"), f.reload(c)), "未超过追责时效");
		assertThat(barred.met()).isFalse();
		assertThat(barred.detail()).contains("已超过2年追责时效", "第三十六条", "不能立案");
		assertThat(checklist.filingApproval(f.as("yuhu.leader"), f.reload(c))).filteredOn(k -> !k.met()).containsExactly(barred);
		assertThatThrownBy(() -> f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), CaseFixture.yes()))
			.isInstanceOf(ConflictException.class).hasMessage(barred.detail());
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveFiling");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);
		jdbc.update("UPDATE enforcement_case SET conduct_date = ? WHERE id = ?", conduct, c.getId());

		// the unit has moved to 岳塘区's directory: no longer this bureau's to file
		long yuhu = f.reload(c).getBureauId();
		long yuetang = f.as("yuetang.admin").bureauId();
		jdbc.update("UPDATE enterprise SET bureau_id = ? WHERE id = ?", yuetang, c.getEnterpriseId());
		try {
			CaseChecklist.Check notOurs = line(checklist.filingApproval(f.as("yuhu.leader"), f.reload(c)), "属本局管辖");
			assertThat(notOurs.met()).isFalse();
			assertThat(notOurs.detail()).contains("无管辖权");
			assertThatThrownBy(() -> f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), CaseFixture.yes()))
				.isInstanceOf(ConflictException.class).hasMessage(notOurs.detail());
			assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.FILING_PROPOSED);
			// the leader's task page shows the failing line with its reason
			String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
				.taskDefinitionKey("Task_ApproveFiling").singleResult().getId();
			tasks.claim(taskId, "yuhu.leader");
			String page = mvc.perform(get("/tasks/" + taskId).with(WebTestSupport.page(userDetails, "yuhu.leader")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("法定要件核验", "id=\"statutory-checklist\"", "data-met=\"false\"", notOurs.detail());
		}
		finally {
			jdbc.update("UPDATE enterprise SET bureau_id = ? WHERE id = ?", yuhu, c.getEnterpriseId());
		}

		// every requirement holds again: filed, and the 立案审批表 prints the three lines as they stood at the approval
		f.intake.approveFiling(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		execute(job("Task_FileCase", f.pi(c)));
		EnforcementDocument form = docs.documents.generate(f.as("yuhu.inspector1"), c.getId(), DocumentKind.FILING_APPROVAL);
		assertThat(form.templateVersion()).isEqualTo(2);
		List<List<String>> rows = checklistRows(docs.documents.file(f.as("yuhu.inspector1"), form.id()).content());
		assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("满足"));
		assertThat(rows.get(2).get(0)).contains("追责时效");
		assertThat(rows.get(2).get(2)).contains(conduct.toString());
		assertThat(DossierFixture.text(docs.documents.file(f.as("yuhu.inspector1"), form.id()).content()))
			.contains("法定要件核验", "办理人：" + f.as("yuhu.leader").displayName());
	}

	@Test
	void shouldRefuseToPassTheLegalReviewWhileAnInspectorHadNoValidCertificateOnTheDayTheInvestigationEnded() {
		EnforcementCase c = f.filed();
		// 情节复杂: legal review required (《行政处罚法》第五十八条第一款第（三）项)
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", true);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", f.pi(c)));
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_LegalReview");
		EnforcementCase atReview = f.reload(c);

		List<CaseChecklist.Check> review = checklist.legalReview(atReview);
		assertThat(review).extracting(CaseChecklist.Check::requirement).hasSize(6)
			.anyMatch(r -> r.contains("执法主体")).anyMatch(r -> r.contains("执法人员资格"))
			.anyMatch(r -> r.contains("证据")).anyMatch(r -> r.contains("法律依据")).anyMatch(r -> r.contains("程序"))
			.anyMatch(r -> r.contains("裁量基准"));
		assertThat(review).allMatch(CaseChecklist.Check::met);
		assertThat(line(review, "执法人员资格").detail()).contains(f.as("yuhu.inspector1").displayName(),
				f.as("yuhu.inspector2").displayName());
		assertThat(line(review, "程序合法").detail()).contains(atReview.getNoticeServedOn().toString());

		// the certificate register shows inspector2's certificate ended the day before the investigation report: one
		// qualified inspector only (《统计法》第三十八条: at least two) — the review cannot pass
		LocalDate validTo = jdbc.queryForObject("SELECT cert_valid_to FROM case_inspector WHERE case_id = ? AND username = ?",
				LocalDate.class, c.getId(), "yuhu.inspector2");
		jdbc.update("UPDATE case_inspector SET cert_valid_to = ? WHERE case_id = ? AND username = ?",
				atReview.getReportedOn().minusDays(1), c.getId(), "yuhu.inspector2");
		List<CaseChecklist.Check> lapsed = checklist.legalReview(f.reload(c));
		CaseChecklist.Check qualification = line(lapsed, "执法人员资格");
		assertThat(qualification.met()).isFalse();
		assertThat(qualification.detail()).contains("两名以上", "有效执法证", "统计法第三十八条");
		assertThat(lapsed).filteredOn(k -> !k.met()).containsExactly(qualification);
		assertThatThrownBy(() -> f.decisions.legalReview(f.as("yuhu.legal"), c.getId(),
				new CaseCommands.LegalReview(true, "程序合法")))
			.isInstanceOf(ConflictException.class).hasMessage(qualification.detail());
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_LegalReview");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.REVIEWING);
		assertThat(f.reload(c).isLegalReviewPassed()).isFalse();

		// the register corrected: the review passes, and the 法制审核意见表 prints its six lines
		jdbc.update("UPDATE case_inspector SET cert_valid_to = ? WHERE case_id = ? AND username = ?", validTo, c.getId(),
				"yuhu.inspector2");
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "事实清楚，程序合法"));
		assertThat(f.reload(c).isLegalReviewPassed()).isTrue();
		EnforcementDocument form = docs.documents.generate(f.as("yuhu.inspector1"), c.getId(), DocumentKind.LEGAL_REVIEW);
		List<List<String>> rows = checklistRows(docs.documents.file(f.as("yuhu.inspector1"), form.id()).content());
		assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("满足"));
		assertThat(rows.get(1).get(0)).contains("执法人员资格");
	}

	@Test
	void shouldRefuseTheClosureWhileADossierItemIsMissingAndPrintTheChecklistOnTheClosingForm() {
		EnforcementCase c = f.filed();
		// 首违、轻微并及时改正: no penalty (《行政处罚法》第三十三条), served, then 结案审批
		f.investigation.reportInvestigation(f.as("yuhu.inspector2"), c.getId(), new CaseCommands.InvestigationReport(List.of(
				new CaseCommands.ViolationItem("LATE_REPORTING", "迟报一期月度报表，已于次日补报")), "MINOR", true, true, false,
				"调查终结"));
		execute(job("Task_RecommendDiscretion", f.pi(c)));
		f.investigation.proposeHandling(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.HandlingProposal(
				Disposition.NO_PENALTY, null, null, null, null, "首次违法、情节轻微并已及时改正，建议不予处罚"));
		execute(job("Task_DetermineGates", f.pi(c)));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		execute(job("Task_IssueDecision", f.pi(c)));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(),
				CaseEnums.ServiceMethod.DIRECT, null));
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveClosure");

		// nothing of the dossier made yet: the filing approval form, among others, is missing — its line fails and
		// the closure is refused naming it
		List<CaseChecklist.Check> before = checklist.closureApproval(f.as("yuhu.leader"), f.reload(c));
		assertThat(line(before, "责令改正").met()).isTrue();
		CaseChecklist.Check filingForm = line(before, "案卷材料：统计行政处罚立案审批表");
		assertThat(filingForm.met()).isFalse();
		assertThat(filingForm.detail()).isEqualTo("统计行政处罚立案审批表（尚未制作）");
		assertThatThrownBy(() -> f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), CaseFixture.yes()))
			.isInstanceOf(ConflictException.class).hasMessageStartingWith("案卷材料不齐，不能结案：")
			.hasMessageContaining(filingForm.detail());
		assertThat(f.reload(c).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_ApproveClosure");

		// the dossier completed: every line holds, the closure is approved, and the 结案审批表 prints the lines
		docs.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		List<CaseChecklist.Check> complete = checklist.closureApproval(f.as("yuhu.leader"), f.reload(c));
		assertThat(complete).allMatch(CaseChecklist.Check::met);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), CaseFixture.yes());
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.CLOSED);
		EnforcementDocument form = docs.documents.generate(f.as("yuhu.inspector1"), c.getId(), DocumentKind.CLOSING_APPROVAL);
		List<List<String>> rows = checklistRows(docs.documents.file(f.as("yuhu.inspector1"), form.id()).content());
		assertThat(rows).hasSize(complete.size()).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("满足"));
		assertThat(rows).extracting(r -> r.get(0)).contains("案卷材料：统计行政处罚立案审批表");
		// the decision's approval form, made after the decision, prints the decision's checklist as it was approved
		EnforcementDocument decisionForm = docs.documents.caseDocuments(f.as("yuhu.inspector1"), c.getId()).stream()
			.map(v -> v.document()).filter(d -> d.kind().equals(DocumentKind.DECISION_APPROVAL.name())).findFirst().orElseThrow();
		assertThat(checklistRows(docs.documents.file(f.as("yuhu.inspector1"), decisionForm.id()).content()))
			.extracting(r -> r.get(0)).contains("审批人不是本案调查人员（调查与决定分离）");
	}

	private static CaseChecklist.Check line(List<CaseChecklist.Check> checks, String prefix) {
		return checks.stream().filter(k -> k.requirement().startsWith(prefix)).findFirst().orElseThrow();
	}

	/** The rows (requirement, state, detail) of the 法定要件核验 table of a DOCX, without its header. */
	static List<List<String>> checklistRows(byte[] docx) {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			for (XWPFTable t : d.getTables()) {
				if (!t.getRow(0).getCell(0).getText().equals("法定要件")) {
					continue;
				}
				List<List<String>> rows = new ArrayList<>();
				for (XWPFTableRow r : t.getRows().subList(1, t.getRows().size())) {
					rows.add(r.getTableCells().stream().map(x -> x.getText()).toList());
				}
				return rows;
			}
			throw new AssertionError("no 法定要件核验 table in the document");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
