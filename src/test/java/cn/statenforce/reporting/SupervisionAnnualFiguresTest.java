package cn.statenforce.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.complaint.ComplaintCommands;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.complaint.ComplaintView;
import cn.statenforce.credit.CreditCommands;
import cn.statenforce.credit.CreditService;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.interference.InterferenceMethod;
import cn.statenforce.interference.InterferenceReport;
import cn.statenforce.interference.InterferenceReportService;
import cn.statenforce.interference.InterferenceService;
import cn.statenforce.interference.InterferenceType;
import cn.statenforce.interference.RecordCommand;
import cn.statenforce.leadtransfer.LeadTransfer;
import cn.statenforce.leadtransfer.TransferCommands;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.training.ActivityCommand;
import cn.statenforce.training.TrainingService;

/**
 * The supervision registers' year-end figures, from records made through their services in a year no other test writes
 * them in (three years ahead, as {@code AnnualReportTest}; no holiday table, so weekends only), each checked against the
 * events made here and against an independent SQL count of the rows; the certified inspectors against a count of the
 * certificates valid on 31 December.
 */
@StatEnforceTest
class SupervisionAnnualFiguresTest {

	static final int YEAR = LocalDate.now().getYear() + 3;

	@Autowired ProcessEngine engine;
	@Autowired AnnualReportService reports;
	@Autowired BureauService bureaus;
	@Autowired CaseFixture f;
	@Autowired InterferenceService interference;
	@Autowired InterferenceReportService interferenceReports;
	@Autowired TransferService transfers;
	@Autowired ComplaintService complaints;
	@Autowired CreditService credit;
	@Autowired TrainingService trainings;
	@Autowired EnterpriseService enterprises;
	@Autowired JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldCountEachRegisterByItsDefiningDateWithAnExplicitZero() {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long yuetang = bureaus.bureauByRegionCode("430304").id();
		recordInterference();
		recordTransfers();
		recordComplaints();
		recordTrainings();
		clock(LocalDateTime.of(YEAR, 7, 1, 10, 0));
		long enterpriseId = enterprises.search(f.as("yuhu.inspector1"), null, 1, 1).items().get(0).id();
		credit.registerCommitment(f.as("yuhu.inspector1"), enterpriseId, new CreditCommands.Commitment("GENERAL", LocalDate.of(YEAR, 6, 28),
				"张伟（法定代表人）", "统计信用 e 起承诺：依法统计、诚信统计"), List.of());

		clock(LocalDateTime.of(YEAR, 12, 31, 16, 0));
		AnnualReport r = reports.report(f.as("yuhu.leader"), YEAR, null);
		Map<String, Number> expected = new HashMap<>();
		expected.putAll(Map.of("supervision.interference", 2L, "supervision.interferenceLate", 1L, "supervision.interferenceReports", 1L,
				"supervision.interferenceZeroReports", 1L, "supervision.transfers", 2L, "supervision.transfersDiscipline", 1L,
				"supervision.transfersJudicial", 1L, "supervision.transferReplies", 1L, "supervision.transfersSanctioned", 1L,
				"supervision.transfersOverdue", 1L));
		expected.putAll(Map.of("supervision.complaints", 3L, "supervision.complaintsOnline", 1L, "supervision.complaintsAccepted", 2L,
				"supervision.complaintsClosed", 2L, "supervision.complaintLeads", 0L, "supervision.creditCommitments", 1L,
				"supervision.trainings", 3L, "supervision.trainees", 73L, "supervision.publicity", 2L, "supervision.reached", 2500L));
		Map<String, Number> actual = new HashMap<>();
		expected.keySet().forEach(k -> actual.put(k, r.figure(k).value()));
		assertThat(actual).isEqualTo(expected);

		// the same figures counted independently from the rows
		String y0 = YEAR + "-01-01";
		String y1 = (YEAR + 1) + "-01-01";
		assertThat(r.figure("supervision.interference").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM interference_record WHERE bureau_id = ? AND occurred_on >= ? AND occurred_on < ?", yuhu, y0, y1));
		assertThat(r.figure("supervision.transfers").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM lead_transfer WHERE bureau_id = ? AND letter_number IS NOT NULL AND sent_on >= ? AND sent_on < ?", yuhu, y0, y1));
		assertThat(r.figure("supervision.complaints").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM complaint WHERE bureau_id = ? AND received_at >= ? AND received_at < ?", yuhu, y0, y1));
		assertThat(r.figure("supervision.reached").value()).isEqualTo(count(
				"SELECT COALESCE(SUM(participants), 0) FROM training_activity WHERE bureau_id = ? AND activity_type = 'PUBLICITY' AND held_on >= ? AND held_on < ?",
				yuhu, y0, y1));
		for (String[] k : new String[][] { { "supervision.creditIdentified", "identified_on", "" },
				{ "supervision.creditRepaired", "removed_on", " AND status = 'REPAIRED'" }, { "supervision.creditRevoked", "removed_on", " AND status = 'REVOKED'" },
				{ "supervision.creditExpired", "removed_on", " AND status = 'EXPIRED'" } }) {
			assertThat(r.figure(k[0]).value()).as(k[0]).isEqualTo(count("SELECT COUNT(*) FROM credit_record WHERE bureau_id = ? AND " + k[1]
					+ " >= ? AND " + k[1] + " < ?" + k[2], yuhu, y0, y1));
		}
		String dec31 = YEAR + "-12-31";
		long certified = count("SELECT COUNT(DISTINCT u.id) FROM app_user u JOIN user_role ur ON ur.user_id = u.id AND ur.role = 'INSPECTOR'"
				+ " JOIN enforcement_certificate c ON c.user_id = u.id WHERE u.bureau_id = ? AND u.enabled = TRUE AND c.valid_from <= ? AND c.valid_to >= ?",
				yuhu, dec31, dec31);
		assertThat(r.figure("supervision.certifiedInspectors").value()).isEqualTo(certified);
		assertThat(certified).as("the demo's inspector1 and inspector2 hold certificates running four years").isGreaterThanOrEqualTo(2);

		// every figure says what it counts; the sibling district reports an explicit zero, the city its whole subtree
		AnnualReport.Section section = r.sections().stream().filter(s -> s.title().equals("统计监督与法治宣传")).findFirst().orElseThrow();
		assertThat(section.figures()).hasSize(25);
		assertThat(section.figures()).allSatisfy(fig -> assertThat(fig.definition()).isNotBlank().endsWith("。"));
		AnnualReport other = reports.report(f.as("city.leader"), YEAR, yuetang);
		assertThat(other.figure("supervision.interference").value()).isEqualTo(0L);
		assertThat(other.figure("supervision.interference").definition()).contains("记录为零");
		AnnualReport city = reports.report(f.as("city.leader"), YEAR, null);
		assertThat(city.figure("supervision.interference").value()).isEqualTo(2L);
		assertThat(city.figure("supervision.trainees").value()).isEqualTo(73L);
		// the year before holds the late entry for its December
		assertThat(reports.report(f.as("yuhu.leader"), YEAR - 1, null).figure("supervision.interference").value()).isEqualTo(1L);
	}

	private void recordInterference() {
		clock(LocalDateTime.of(YEAR, 1, 7, 9, 0));
		interference.record(f.as("yuhu.inspector1"), record(LocalDate.of(YEAR - 1, 12, 30), LocalDate.of(YEAR, 1, 4), "年底集中加班，节后补记"), List.of());
		clock(LocalDateTime.of(YEAR, 4, 2, 9, 0));
		InterferenceReport q1 = interferenceReports.openDueReports().stream().filter(x -> x.bureauId().equals(f.as("yuhu.leader").bureauId()))
			.findFirst().orElseThrow();
		interferenceReports.submit(f.as("yuhu.director"), q1.id(), true, "本季度无干预情况");
		clock(LocalDateTime.of(YEAR, 5, 7, 11, 0));
		interference.record(f.as("yuhu.inspector1"), record(LocalDate.of(YEAR, 5, 7), null, null), List.of());
		clock(LocalDateTime.of(YEAR, 6, 11, 9, 0));
		interference.record(f.as("yuhu.inspector2"), record(LocalDate.of(YEAR, 5, 28), LocalDate.of(YEAR, 6, 1), "外出参加培训"), List.of());
	}

	private static RecordCommand record(LocalDate occurred, LocalDate obstacleEnded, String reason) {
		return new RecordCommand(occurred, "周文斌", "副镇长", "湘潭市雨湖区鹤岭镇人民政府", InterferenceType.OBSTRUCT_WORK.name(),
				InterferenceMethod.IN_PERSON.name(), "打听执法检查名单，要求对某企业“手下留情”", true, "局长", obstacleEnded, reason);
	}

	private void recordTransfers() {
		clock(LocalDateTime.of(YEAR, 3, 1, 10, 0));
		LeadTransfer t1 = approve(transfers.register(f.as("yuhu.inspector1"), transfer("DISCIPLINE_SUPERVISION"), List.of()));
		approve(transfers.register(f.as("yuhu.inspector1"), transfer("JUDICIAL"), List.of()));
		LeadTransfer t3 = transfers.register(f.as("yuhu.inspector1"), transfer("APPOINTING_ORGAN"), List.of());
		transfers.approve(f.as("yuhu.director"), t3.id(), new TransferCommands.Approval(false, "不属于移送范围"));
		clock(LocalDateTime.of(YEAR, 3, 20, 10, 0));
		transfers.recordReply(f.as("yuhu.inspector1"), t1.id(), new TransferCommands.Reply(LocalDate.of(YEAR, 3, 20), "雨纪函〔" + YEAR + "〕3号",
				"SANCTIONED", "PARTY_SERIOUS_WARNING", "给予党内严重警告处分"), List.of());
	}

	private LeadTransfer approve(LeadTransfer t) {
		return transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(true, null));
	}

	private static TransferCommands.Register transfer(String recipient) {
		return new TransferCommands.Register(null, "吴志强", "站长", "湘潭市雨湖区鹤岭镇统计站", true, true, "指使企业虚报产值。", recipient,
				"接收机关", "询问笔录");
	}

	private void recordComplaints() {
		clock(LocalDateTime.of(YEAR, 2, 5, 10, 0));
		String unit = "湘潭市雨湖区银河超市有限公司";
		ComplaintView c1 = complaints.register(f.as("yuhu.inspector1"), entry(unit), List.of());
		var web = complaints.submitPublic(new ComplaintCommands.PublicSubmission(f.as("yuhu.leader").bureauId(), unit, null,
				"超市统计报表中的商品零售额明显高于实际营业额，请核查。", true, null, null, null), "198.51.100.77");
		ComplaintView c2 = complaints.byNumbers(List.of(web.complaintNumber())).get(web.complaintNumber());
		ComplaintView c3 = complaints.register(f.as("yuhu.inspector1"), entry(unit), List.of());
		triage(c1, "yuhu.inspector1", "ACCEPT", null, "PHONE");
		triage(c2, "yuhu.inspector2", "PASS_ON", "湘潭市雨湖区商务局", "ONLINE");
		triage(c3, "yuhu.inspector1", "ACCEPT", null, "PHONE");
		clock(LocalDateTime.of(YEAR, 2, 6, 10, 0));
		for (ComplaintView c : List.of(c1, c2, c3)) {
			complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, null));
		}
		clock(LocalDateTime.of(YEAR, 2, 20, 10, 0));
		complaints.handle(f.as("yuhu.inspector1"), c1.id(), new ComplaintCommands.Handling("NO_VIOLATION", "核查零售额与收银系统一致", null, null,
				"经核查未发现统计违法行为", "PHONE"), List.of());
	}

	private static ComplaintCommands.StaffEntry entry(String unit) {
		return new ComplaintCommands.StaffEntry("PHONE", LocalDateTime.of(YEAR, 2, 5, 9, 30), unit, null,
				"来电反映该超市要求收银员在统计报表中多报销售额。", false, "匿名不愿透露", "13800731234", null, null);
	}

	private void triage(ComplaintView c, String user, String decision, String passTo, String told) {
		complaints.triage(f.as(user), c.id(), new ComplaintCommands.Triage(decision, "分办理由", passTo, "已收到您的举报", told));
	}

	private void recordTrainings() {
		clock(LocalDateTime.of(YEAR, 12, 10, 10, 0));
		int[] trainees = { 30, 25, 18 };
		for (int i = 0; i < trainees.length; i++) {
			trainings.register(f.as("yuhu.legal"), new ActivityCommand("SPECIALIZED_LAW", LocalDate.of(YEAR, 3 + i, 12), "专门法律知识培训第" + (i + 1) + "期",
					"雨湖区统计局", trainees[i], "局会议室", null), List.of());
		}
		trainings.register(f.as("yuhu.legal"), new ActivityCommand("OPEN_DAY", LocalDate.of(YEAR, 9, 22), "中国统计开放日", "雨湖区统计局", 1200,
				null, null), List.of());
		trainings.register(f.as("yuhu.legal"), new ActivityCommand("STATISTICS_LAW_DAY", LocalDate.of(YEAR, 12, 8), "《统计法》颁布纪念日宣传",
				"雨湖区统计局", 1300, null, null), List.of());
		trainings.register(f.as("yuhu.legal"), new ActivityCommand("PUBLIC_LAW", LocalDate.of(YEAR - 1, 12, 28), "上年度培训", "雨湖区统计局", 40,
				null, null), List.of());
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private static void clock(LocalDateTime t) {
		ClockUtil.setCurrentTime(Date.from(t.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}
