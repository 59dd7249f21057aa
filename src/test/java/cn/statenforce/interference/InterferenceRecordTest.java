package cn.statenforce.interference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

/**
 * Recording under the recorder's real name, with evidence; the late entry (补记) allowed within 15 days after the
 * obstacle ended (NBS 2023 《领导干部干预统计工作记录报告制度》) and refused after.
 */
@StatEnforceTest
class InterferenceRecordTest {

	@Autowired
	InterferenceService records;

	@Autowired
	CaseFixture f;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static RecordCommand command(LocalDate occurred, LocalDate obstacleEnded, String lateReason) {
		return new RecordCommand(occurred, "赵建国", "副区长", "湘潭市雨湖区人民政府", InterferenceType.DEMAND_FALSE_DATA.name(),
				InterferenceMethod.PHONE.name(), "电话要求将本季度规模以上工业产值增速调整到8%以上，称“数据要好看一些”。", true, "局长",
				obstacleEnded, lateReason);
	}

	@Test
	void shouldRecordUnderTheRecordersRealNameAndTellTheDirector() {
		// a Saturday: interference does not wait for a working day
		clock(LocalDate.of(2026, 10, 17));
		var r = records.record(f.as("yuhu.inspector2"), command(LocalDate.of(2026, 10, 17), null, null),
				List.of(EvidenceFiles.png("短信截图.png"), EvidenceFiles.pdf("通话记录.pdf")));
		assertThat(r.recordNumber()).matches("GY430302-2026-\\d{3}");
		assertThat(r.lateEntry()).isFalse();
		assertThat(r.recorder()).isEqualTo("yuhu.inspector2");
		assertThat(r.recorderName()).isEqualTo(f.as("yuhu.inspector2").displayName());
		assertThat(records.attachments(f.as("yuhu.inspector2"), r.id())).extracting(a -> a.contentType())
			.containsExactly("image/png", "application/pdf");
		assertThat(notifications.countAbout(InterferenceService.SUBJECT_RECORD, r.id(), "INFO")).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE subject_type = ? AND subject_id = ? AND recipient = ?",
				Integer.class, InterferenceService.SUBJECT_RECORD, r.id(), "yuhu.director")).isEqualTo(1);
		// nobody but the register's readers is told
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE subject_type = ? AND subject_id = ? AND recipient IN ('yuhu.leader','yuhu.inspector1','yuhu.admin')",
				Integer.class, InterferenceService.SUBJECT_RECORD, r.id())).isZero();
	}

	@Test
	void shouldAcceptALateEntryWithinFifteenDaysAfterTheObstacleEnded() {
		LocalDate occurred = LocalDate.of(2026, 9, 25); // 中秋节
		LocalDate ended = LocalDate.of(2026, 10, 8);
		// the last day: 15 days after the obstacle ended
		clock(ended.plusDays(15));
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), command(occurred, null, null), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("障碍消除日期");
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), command(occurred, ended, " "), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("原因");
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), command(occurred, occurred.minusDays(1), "出差"), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("之间");
		var r = records.record(f.as("yuhu.inspector1"), command(occurred, ended, "国庆假期外出，节后返岗"), List.of());
		assertThat(r.lateEntry()).isTrue();
		assertThat(r.obstacleEndedOn()).isEqualTo(ended);
		// one day later the period is over
		clock(ended.plusDays(16));
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), command(occurred, ended, "国庆假期外出"), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("补记期限已于2026-10-23届满");
	}

	@Test
	void shouldRefuseFutureDatesUnitAccountsAndDisguisedFilesWritingNothing() {
		clock(LocalDate.of(2026, 11, 3));
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM interference_record", Integer.class);
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), command(LocalDate.of(2026, 11, 4), null, null), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能晚于今天");
		assertThatThrownBy(() -> records.record(f.as("yuhu.owner"), command(LocalDate.of(2026, 11, 3), null, null), List.of()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), command(LocalDate.of(2026, 11, 3), null, null),
				List.of(EvidenceFiles.disguisedExecutable("录音.pdf")))).isInstanceOf(BadRequestException.class);
		RecordCommand tooLong = new RecordCommand(LocalDate.of(2026, 11, 3), "赵建国", "副区长", "单".repeat(201),
				InterferenceType.OBSTRUCT_WORK.name(), InterferenceMethod.IN_PERSON.name(), "为某企业说情", false, null, null, null);
		assertThatThrownBy(() -> records.record(f.as("yuhu.inspector1"), tooLong, List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不超过200字");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM interference_record", Integer.class)).isEqualTo(before);
		// at its maximum length the unit is accepted
		RecordCommand longest = new RecordCommand(LocalDate.of(2026, 11, 3), "赵建国", "副区长", "单".repeat(200),
				InterferenceType.OBSTRUCT_WORK.name(), InterferenceMethod.IN_PERSON.name(), "打听执法检查名单并为企业说情", false, null, null, null);
		assertThat(records.record(f.as("yuhu.inspector1"), longest, List.of()).leaderUnit()).hasSize(200);
	}

	/**
	 * Optimistic locking (issue 16): the director and a recorder write the follow-up on the same version → the first
	 * is kept, the second is 409 and changes nothing.
	 */
	@Test
	void shouldRefuseAFollowUpMadeOnAStaleVersion() {
		clock(LocalDate.of(2026, 10, 19));
		var r = records.record(f.as("yuhu.inspector2"), command(LocalDate.of(2026, 10, 19), null, null), List.of());
		int read = r.rowVersion();
		var first = records.followUp(f.as("yuhu.director"), r.id(), read, "已向区委主要领导报告，副区长赵建国作书面检查。");
		assertThat(first.rowVersion()).isEqualTo(read + 1);
		assertThatThrownBy(() -> records.followUp(f.as("yuhu.director"), r.id(), read, "已约谈。"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
		assertThat(jdbc.queryForObject("SELECT follow_up FROM interference_record WHERE id = ?", String.class, r.id()))
			.isEqualTo("已向区委主要领导报告，副区长赵建国作书面检查。");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = ? AND subject_id = ? AND action = 'FOLLOWED_UP'",
				Long.class, InterferenceService.SUBJECT_RECORD, r.id())).isEqualTo(1);
	}

	static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}
