package cn.statenforce.credit;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * Every path of credit-identification.bpmn (not identified; published and removed early; published until its period
 * ends) and of credit-repair.bpmn (review not passed; not approved; approved), from real cases closed through the case
 * capability: a serious one (转移、毁弃原始记录, 情节严重, fined 150,000 yuan) qualifies under the default criteria, a general
 * one (fined 20,000 yuan) does not.
 */
@StatEnforceTest
class CreditProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	CreditService credit;

	@Autowired
	CreditRepairService repairs;

	@Autowired
	CorrectionService corrections;

	@Autowired
	CaseFixture f;

	@Autowired
	cn.statenforce.document.DossierFixture dossier;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(processEngine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void shouldIdentifyAQualifyingCaseAndRemoveItEarlyOnlyWhenEveryRepairConditionHolds() throws Exception {
		EnforcementCase serious = closedCase(true);
		EnforcementCase general = closedCase(false);
		org.assertj.core.api.Assertions.assertThat(credit.candidates(f.as("yuhu.inspector1"))).extracting(CreditCandidate::caseId)
			.contains(serious.getId()).doesNotContain(general.getId());
		assertThatThrownBy(() -> credit.propose(f.as("yuhu.legal"), new CreditCommands.Proposal(general.getId(), "依据")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("违法情节不属于严重");
		assertThatThrownBy(() -> credit.propose(f.as("yuhu.leader"), new CreditCommands.Proposal(serious.getId(), "依据")))
			.isInstanceOf(cn.statenforce.shared.ForbiddenException.class);

		CreditRecord r = credit.propose(f.as("yuhu.legal"), new CreditCommands.Proposal(serious.getId(), basis(serious)));
		org.assertj.core.api.Assertions.assertThat(r.recordNumber()).matches("XY430302-\\d{4}-\\d{3}");
		ProcessInstance pi = instance(r.processInstanceId());
		assertThat(pi).isWaitingAt(CreditService.TASK_APPROVE);
		assertThat(pi).task().hasCandidateGroup("LEADER_430302").hasCandidateGroup("DIRECTOR_430302");
		org.assertj.core.api.Assertions.assertThat(credit.candidates(f.as("yuhu.inspector1"))).extracting(CreditCandidate::caseId)
			.doesNotContain(serious.getId());
		assertThatThrownBy(() -> credit.approve(f.as("yuhu.inspector1"), r.id(), new CreditCommands.Approval(true, null)))
			.isInstanceOf(ConflictException.class);
		LocalDate today = AppClock.today();
		CreditRecord published = credit.approve(f.as("yuhu.leader"), r.id(), r.rowVersion(), new CreditCommands.Approval(true, "同意认定"));
		// optimistic locking (issue 16): a second decision on the version read is stale, 409, and changes nothing
		assertThatThrownBy(() -> credit.approve(f.as("yuhu.director"), r.id(), r.rowVersion(),
				new CreditCommands.Approval(false, "证据不足，不予认定"))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("已被他人修改");
		org.assertj.core.api.Assertions.assertThat(published.rowVersion()).isEqualTo(r.rowVersion() + 1);
		org.assertj.core.api.Assertions.assertThat(published.status()).isEqualTo("PUBLISHED");
		// three years of publication, the last day included
		org.assertj.core.api.Assertions.assertThat(published.publishedUntil()).isEqualTo(today.plusYears(3).minusDays(1));
		assertThat(pi).isWaitingAt("Gateway_Publication");

		// the publication list, the public page and the unit's directory page show it
		byte[] xlsx = mvc.perform(get("/credit/export").with(page(userDetails, "yuhu.leader"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		org.assertj.core.api.Assertions.assertThat(cells(xlsx)).contains(serious.getPartyName(), serious.getCreditCode());
		mvc.perform(get("/public/credit")).andExpect(status().isOk()).andExpect(content().string(containsString(serious.getPartyName())));
		mvc.perform(get("/directory/{id}", serious.getEnterpriseId()).with(page(userDetails, "yuhu.inspector2")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("信用记录")))
			.andExpect(content().string(containsString(r.recordNumber())));
		org.assertj.core.api.Assertions.assertThat(credit.annualFigures(List.of(serious.getBureauId()), today.getYear()).identified())
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM credit_record WHERE bureau_id = ? AND YEAR(identified_on) = ?", Long.class,
					serious.getBureauId(), today.getYear()));

		// repair: not before six months of publication
		CreditCommands.RepairApplication application = new CreditCommands.RepairApplication("REPAIR", today, "湘潭市雨湖区某公司 张会计",
				"已补齐2025年度原始记录和统计台账，罚款已缴清，参加信用修复培训。");
		assertThatThrownBy(() -> repairs.apply(f.as("yuhu.inspector1"), r.id(), application, List.of(EvidenceFiles.pdf("整改报告.pdf"))))
			.isInstanceOf(ConflictException.class).hasMessageContaining("公示已满6个月");
		clock(today.plusMonths(7));
		CreditCommands.RepairApplication later = new CreditCommands.RepairApplication("REPAIR", AppClock.today(), "湘潭市雨湖区某公司 张会计",
				"已补齐2025年度原始记录和统计台账，罚款已缴清，参加信用修复培训。");
		assertThatThrownBy(() -> repairs.apply(f.as("yuhu.inspector1"), r.id(), later, List.of(EvidenceFiles.pdf("整改报告.pdf"))))
			.isInstanceOf(ConflictException.class).hasMessageContaining("信用修复承诺书");
		credit.registerCommitment(f.as("yuhu.inspector1"), serious.getEnterpriseId(), new CreditCommands.Commitment("REPAIR",
				AppClock.today(), "王建华（法定代表人）", "依法如实报送统计资料，不再发生统计违法行为"), List.of(EvidenceFiles.pdf("信用修复承诺书.pdf")));
		assertThatThrownBy(() -> repairs.apply(f.as("yuhu.inspector1"), r.id(), later, List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("证明材料");

		// 1. the review does not pass
		CreditRepair first = repairs.apply(f.as("yuhu.inspector1"), r.id(), later, List.of(EvidenceFiles.pdf("整改报告.pdf")));
		ProcessInstance p1 = instance(first.processInstanceId());
		assertThat(p1).isWaitingAt(CreditRepairService.TASK_REVIEW);
		assertThat(p1).task().hasCandidateGroup("INSPECTOR_430302");
		assertThatThrownBy(() -> repairs.apply(f.as("yuhu.inspector1"), r.id(), later, List.of(EvidenceFiles.pdf("整改报告.pdf"))))
			.isInstanceOf(ConflictException.class).hasMessageContaining("办理中");
		repairs.review(f.as("yuhu.inspector2"), first.id(), false, "缺少罚款缴纳凭证原件");
		assertThat(p1).isEnded().hasPassed("Event_RepairNotRecommended");

		// 2. revoked basis, reviewed, not approved
		CreditRepair second = repairs.apply(f.as("yuhu.inspector1"), r.id(), new CreditCommands.RepairApplication("REVOKED",
				AppClock.today(), "湘潭市雨湖区某公司", "处罚决定经行政复议被撤销"), List.of(EvidenceFiles.pdf("行政复议决定书.pdf")));
		ProcessInstance p2 = instance(second.processInstanceId());
		repairs.review(f.as("yuhu.inspector2"), second.id(), second.rowVersion(), true, "复议决定书真实");
		assertThatThrownBy(() -> repairs.review(f.as("yuhu.inspector1"), second.id(), second.rowVersion(), false, "材料不全"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(p2).isWaitingAt(CreditRepairService.TASK_APPROVE);
		assertThatThrownBy(() -> repairs.approve(f.as("yuhu.leader"), second.id(), new CreditCommands.Approval(false, null)))
			.isInstanceOf(BadRequestException.class);
		int reviewed = repairs.unchecked(second.id()).rowVersion();
		repairs.approve(f.as("yuhu.leader"), second.id(), reviewed, new CreditCommands.Approval(false, "复议决定仅变更罚款数额，认定依据未被撤销"));
		assertThatThrownBy(() -> repairs.approve(f.as("yuhu.director"), second.id(), reviewed, new CreditCommands.Approval(true, null)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForMap("SELECT status, reviewed_by, row_version FROM credit_repair WHERE id = ?",
				second.id())).containsEntry("STATUS", "REJECTED").containsEntry("REVIEWED_BY", "yuhu.inspector2")
			.containsEntry("ROW_VERSION", second.rowVersion() + 2);
		assertThat(p2).isEnded().hasPassed("Event_RepairRejected");
		org.assertj.core.api.Assertions.assertThat(credit.unchecked(r.id()).status()).isEqualTo("PUBLISHED");

		// 3. repaired: approved, removed from the list, the identification's wait ends
		CreditRepair third = repairs.apply(f.as("yuhu.inspector1"), r.id(), later, List.of(EvidenceFiles.pdf("整改报告.pdf"),
				EvidenceFiles.png("缴款凭证.png")));
		ProcessInstance p3 = instance(third.processInstanceId());
		repairs.review(f.as("yuhu.inspector2"), third.id(), true, "材料齐全");
		repairs.approve(f.as("yuhu.director"), third.id(), new CreditCommands.Approval(true, "同意信用修复"));
		assertThat(p3).isWaitingAt("Task_RemovePublication");
		execute(job("Task_RemovePublication", p3));
		assertThat(p3).isEnded().hasPassed("Event_CreditRepaired");
		assertThat(pi).isEnded().hasPassed("Event_RemovedEarly").hasNotPassed("Task_EndPublication");
		CreditRecord removed = credit.unchecked(r.id());
		org.assertj.core.api.Assertions.assertThat(removed.status()).isEqualTo("REPAIRED");
		org.assertj.core.api.Assertions.assertThat(removed.removedOn()).isEqualTo(AppClock.today());
		mvc.perform(get("/public/credit")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(r.recordNumber()))));
	}

	@Test
	void shouldNotIdentifyWhenTheLeaderRefuses() {
		EnforcementCase c = closedCase(true);
		CreditRecord r = credit.propose(f.as("yuhu.inspector1"), new CreditCommands.Proposal(c.getId(), basis(c)));
		ProcessInstance pi = instance(r.processInstanceId());
		assertThatThrownBy(() -> credit.approve(f.as("yuhu.director"), r.id(), new CreditCommands.Approval(false, "")))
			.isInstanceOf(BadRequestException.class);
		CreditRecord refused = credit.approve(f.as("yuhu.director"), r.id(), new CreditCommands.Approval(false, "当事人已主动纠正，暂不认定"));
		assertThat(pi).isEnded().hasPassed("Event_NotIdentified");
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo("NOT_IDENTIFIED");
		org.assertj.core.api.Assertions.assertThat(refused.publishedFrom()).isNull();
	}

	@Test
	void shouldRemoveTheRecordWhenItsPublicationPeriodEnds() {
		EnforcementCase c = closedCase(true);
		CreditRecord r = credit.propose(f.as("yuhu.inspector1"), new CreditCommands.Proposal(c.getId(), basis(c)));
		CreditRecord published = credit.approve(f.as("yuhu.leader"), r.id(), new CreditCommands.Approval(true, null));
		ProcessInstance pi = instance(r.processInstanceId());
		clock(published.publishedUntil().plusDays(1));
		execute(job("Event_PublicationEnds", pi));
		execute(job("Task_EndPublication", pi));
		assertThat(pi).isEnded().hasPassed("Event_PublicationEnded");
		CreditRecord expired = credit.unchecked(r.id());
		org.assertj.core.api.Assertions.assertThat(expired.status()).isEqualTo("EXPIRED");
		org.assertj.core.api.Assertions.assertThat(expired.removedOn()).isEqualTo(published.publishedUntil().plusDays(1));
	}

	/** A case driven to closure through the case capability, fine paid and correction re-checked. */
	private EnforcementCase closedCase(boolean serious) {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		CaseCommands.Approval yes = new CaseCommands.Approval(true, "同意");
		long fine = serious ? 150_000 : 20_000;
		if (serious) {
			f.report(c, "DESTROY_RECORDS", "SERIOUS", false);
			f.proposeFine(c, fine, "补齐原始记录");
			f.noticeAndStatement(c, false);
			execute(job("Task_DetermineGates", pi));
			f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "事实清楚，程序合法"));
			f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局长、分管领导、法制审核员", "同意处罚"));
			f.decisions.approveDecision(f.as("yuhu.director"), c.getId(), yes);
		}
		else {
			f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
			f.proposeFine(c, fine, "建立健全统计台账");
			f.noticeAndStatement(c, false);
			execute(job("Task_DetermineGates", pi));
			f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), yes);
		}
		execute(job("Task_IssueDecision", pi));
		f.execution.serve(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Service(AppClock.today(), CaseEnums.ServiceMethod.DIRECT, null));
		f.execution.publish(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		f.execution.recordPayment(f.as("yuhu.inspector1"), c.getId(), new CaseCommands.Payment(AppClock.today(), BigDecimal.valueOf(fine)));
		execute(job("Task_OpenCorrection", pi));
		corrections.recheck(f.as("yuhu.inspector2"), f.reload(c).getCorrectionId(), true, "已改正");
		dossier.complete(f.as("yuhu.inspector1"), f.reload(c), false);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), yes);
		EnforcementCase closed = f.reload(c);
		org.assertj.core.api.Assertions.assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		return closed;
	}

	private static String basis(EnforcementCase c) {
		return "当事人" + c.getPartyName() + "转移、毁弃原始记录，情节严重，经" + c.getDecisionNumber() + "给予警告并处罚款，认定为统计严重失信企业。";
	}

	private ProcessInstance instance(String id) {
		return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
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

	static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(AppClock.ZONE).toInstant()));
	}

}
