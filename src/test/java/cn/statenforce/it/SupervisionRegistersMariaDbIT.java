package cn.statenforce.it;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.complaint.ComplaintCommands;
import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.complaint.ComplaintView;
import cn.statenforce.credit.CreditCommands;
import cn.statenforce.credit.CreditService;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.interference.InterferenceMethod;
import cn.statenforce.interference.InterferenceRecord;
import cn.statenforce.interference.InterferenceReportService;
import cn.statenforce.interference.InterferenceService;
import cn.statenforce.interference.InterferenceType;
import cn.statenforce.interference.RecordCommand;
import cn.statenforce.leadtransfer.LeadTransfer;
import cn.statenforce.leadtransfer.TransferCommands;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.reporting.AnnualReport;
import cn.statenforce.reporting.AnnualReportService;
import cn.statenforce.training.ActivityCommand;
import cn.statenforce.training.TrainingService;

/**
 * The supervision registers on MariaDB 10.11: their migrations, 4-byte names, evidence in LONGBLOB with its digest,
 * the reporter masked over the API, and the year-end figures' SQL against independent counts of the rows.
 */
@StatEnforceMariaDbIT
class SupervisionRegistersMariaDbIT {

	/** A rare 4-byte character (U+20BB7) as in real place names. */
	static final String RARE = "\uD842\uDFB7";

	static final int YEAR = LocalDate.now().getYear() + 1;

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired CaseFixture f;
	@Autowired InterferenceService interference;
	@Autowired InterferenceReportService interferenceReports;
	@Autowired TransferService transfers;
	@Autowired ComplaintService complaints;
	@Autowired CreditService credit;
	@Autowired TrainingService trainings;
	@Autowired AnnualReportService reports;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldKeepTheRegistersAndCountThemOnMariaDb() throws Exception {
		long yuhu = f.as("yuhu.leader").bureauId();
		clock(LocalDateTime.of(YEAR, 2, 3, 10, 0));
		InterferenceRecord r = interference.record(f.as("yuhu.inspector1"), new RecordCommand(LocalDate.of(YEAR, 2, 3), "欧阳" + RARE + "华", "镇长",
				"湘潭市雨湖区" + RARE + "利镇人民政府", InterferenceType.ALTER_DATA.name(), InterferenceMethod.DOCUMENT.name(),
				"以文件形式要求修改已上报的农业产值数据", true, null, null, null), List.of(EvidenceFiles.pdf("文件扫描件.pdf")));
		assertThat(interference.record(f.as("yuhu.director"), r.id()).leaderName()).contains(RARE);
		var file = interference.attachment(f.as("yuhu.director"), r.id(), interference.attachments(f.as("yuhu.director"), r.id()).get(0).id());
		assertThat(file.content()).isEqualTo(EvidenceFiles.pdf("x").bytes());

		ComplaintView c = complaints.register(f.as("yuhu.inspector1"), new ComplaintCommands.StaffEntry("MAIL", LocalDateTime.of(YEAR, 2, 2, 15, 0),
				"湘潭市雨湖区" + RARE + "记食品有限公司", null, "来信反映该公司虚报工业总产值，附有出库单复印件。", false, "司徒" + RARE, "13800001111", null, null),
				List.of());
		complaints.submitPublic(new ComplaintCommands.PublicSubmission(yuhu, "某商贸公司", null, "该公司统计报表中的商品销售额与实际严重不符。", true,
				null, null, null), "198.51.100.200");
		complaints.triage(f.as("yuhu.inspector1"), c.id(), new ComplaintCommands.Triage("ACCEPT", "属统计违法举报", null, "已受理", "MAIL"));
		complaints.approveTriage(f.as("yuhu.leader"), c.id(), new ComplaintCommands.Approval(true, null));
		mvc.perform(get("/api/complaints/{id}", c.id()).with(api("yuhu.inspector2"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.reporterName").value(ComplaintView.MASK)).andExpect(jsonPath("$.reporterPhone").doesNotExist());
		mvc.perform(get("/api/complaints/{id}", c.id()).with(api("yuhu.leader"))).andExpect(jsonPath("$.reporterName").value("司徒" + RARE));

		LeadTransfer t = transfers.register(f.as("yuhu.inspector1"), new TransferCommands.Register(null, "某" + RARE, "副主任", "某单位", true, true,
				"授意虚报数据", "DISCIPLINE_SUPERVISION", "纪委监委", "询问笔录"), List.of());
		transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(true, null));
		trainings.register(f.as("yuhu.legal"), new ActivityCommand("NEW_LAW", LocalDate.of(YEAR, 1, 20), "新修订《统计法》培训", "雨湖区统计局", 16, null, null),
				List.of());
		credit.registerCommitment(f.as("yuhu.inspector1"), jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE bureau_id = ?", Long.class, yuhu),
				new CreditCommands.Commitment("GENERAL", LocalDate.of(YEAR, 2, 1), "李明", null), List.of());
		clock(LocalDateTime.of(YEAR, 4, 1, 9, 0));
		var q1 = interferenceReports.openDueReports().stream().filter(x -> x.bureauId() == yuhu).findFirst().orElseThrow();
		assertThat(interferenceReports.submit(f.as("yuhu.director"), q1.id(), false, null).recordCount()).isEqualTo(1);

		AnnualReport report = reports.report(f.as("yuhu.leader"), YEAR, null);
		String from = YEAR + "-01-01";
		String to = (YEAR + 1) + "-01-01";
		assertThat(report.figure("supervision.interference").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM interference_record WHERE bureau_id = ? AND occurred_on >= ? AND occurred_on < ?", yuhu, from, to));
		assertThat(report.figure("supervision.interferenceReports").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM interference_report WHERE bureau_id = ? AND status = 'SUBMITTED' AND period_year = ?", yuhu, YEAR));
		assertThat(report.figure("supervision.complaints").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM complaint WHERE bureau_id = ? AND received_at >= ? AND received_at < ?", yuhu, from, to));
		assertThat(report.figure("supervision.complaintsAccepted").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM complaint WHERE bureau_id = ? AND triage_decision = 'ACCEPT' AND triage_approved_at >= ? AND triage_approved_at < ?",
				yuhu, from, to));
		assertThat(report.figure("supervision.transfers").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM lead_transfer WHERE bureau_id = ? AND sent_on >= ? AND sent_on < ?", yuhu, from, to));
		assertThat(report.figure("supervision.trainees").value()).isEqualTo(count(
				"SELECT COALESCE(SUM(participants), 0) FROM training_activity WHERE bureau_id = ? AND activity_type = 'TRAINING' AND held_on >= ? AND held_on < ?",
				yuhu, from, to));
		assertThat(report.figure("supervision.creditCommitments").value()).isEqualTo(count(
				"SELECT COUNT(*) FROM credit_commitment WHERE bureau_id = ? AND signed_on >= ? AND signed_on < ?", yuhu, from, to));
		String dec31 = YEAR + "-12-31";
		assertThat(report.figure("supervision.certifiedInspectors").value()).isEqualTo(count(
				"SELECT COUNT(DISTINCT u.id) FROM app_user u JOIN user_role ur ON ur.user_id = u.id AND ur.role = 'INSPECTOR'"
						+ " JOIN enforcement_certificate c ON c.user_id = u.id WHERE u.bureau_id = ? AND u.enabled = TRUE AND c.valid_from <= ? AND c.valid_to >= ?",
				yuhu, dec31, dec31));
		assertThat(report.figure("supervision.interference").value().longValue()).isPositive();
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private static void clock(LocalDateTime t) {
		ClockUtil.setCurrentTime(Date.from(t.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}
