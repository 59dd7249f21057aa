package cn.statenforce.leadtransfer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * Every path of lead-transfer.bpmn: not transferred; transferred from a case with its materials and replied in time;
 * reminded before the deadline; escalated after it. Letters sent on 1 September 2026: the 30 days end on 1 October, in
 * the National Day holiday, so the reply is due on 8 October (the first working day after it).
 */
@StatEnforceTest
class LeadTransferProcessTest {

	static final LocalDate SENT = LocalDate.of(2026, 9, 1);

	static final LocalDate DUE = LocalDate.of(2026, 10, 8);

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TransferService transfers;

	@Autowired
	NotificationService notifications;

	@Autowired
	CaseFixture f;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(processEngine);
		clock(SENT);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	static TransferCommands.Register standalone(String recipientType, String materials) {
		return new TransferCommands.Register(null, "钱立新", "镇长", "湘潭市雨湖区姜畲镇人民政府", true, true,
				"授意镇统计站将2025年规模以上工业企业产值多报1.2亿元，涉嫌统计造假。", recipientType, "中共湘潭市雨湖区纪律检查委员会、湘潭市雨湖区监察委员会",
				materials);
	}

	@Test
	void shouldEndWithoutALetterWhenTheDirectorRefuses() {
		LeadTransfer t = transfers.register(f.as("yuhu.inspector1"), standalone("DISCIPLINE_SUPERVISION", "询问笔录（镇统计站站长）\n企业原始台账复印件"),
				List.of());
		ProcessInstance pi = instance(t);
		assertThat(pi).isWaitingAt(TransferService.TASK_APPROVE);
		assertThat(pi).task().hasCandidateGroup("DIRECTOR_430302");
		org.assertj.core.api.Assertions.assertThat(transfers.materials(f.as("yuhu.inspector1"), t.id()))
			.extracting(TransferMaterial::title).containsExactly("询问笔录（镇统计站站长）", "企业原始台账复印件");
		assertThatThrownBy(() -> transfers.approve(f.as("yuhu.leader"), t.id(), new TransferCommands.Approval(true, null)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> transfers.approve(f.as("city.director"), t.id(), new TransferCommands.Approval(true, null)))
			.isInstanceOf(cn.statenforce.shared.ForbiddenException.class);
		assertThatThrownBy(() -> transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(false, " ")))
			.isInstanceOf(BadRequestException.class);
		LeadTransfer r = transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(false, "证据不足，先补充调查"));
		assertThat(pi).isEnded().hasPassed("Event_TransferRejected");
		org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo("REJECTED");
		org.assertj.core.api.Assertions.assertThat(r.letterNumber()).isNull();
	}

	@Test
	void shouldTransferACaseWithItsMaterialsUnderALetterNumberAndRecordTheReply() {
		EnforcementCase c = f.filed();
		LeadTransfer t = transfers.register(f.as("yuhu.inspector1"), new TransferCommands.Register(c.getId(), "孙卫东", "局长",
				"湘潭市雨湖区某委办局", true, true, "要求被检查企业虚报数据并阻碍执法检查。", "JUDICIAL", "湘潭市公安局雨湖分局", null),
				List.of(EvidenceFiles.pdf("移送函附件.pdf")));
		org.assertj.core.api.Assertions.assertThat(t.caseNumber()).isEqualTo(c.displayNumber());
		org.assertj.core.api.Assertions.assertThat(transfers.materials(f.as("yuhu.leader"), t.id())).extracting(TransferMaterial::title)
			.anyMatch(m -> m.startsWith("案件材料：" + c.displayNumber())).anyMatch(m -> m.contains("现场检查笔录"));
		LeadTransfer sent = transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(true, "同意移送"));
		org.assertj.core.api.Assertions.assertThat(sent.letterNumber()).matches("雨统移〔2026〕\\d+号");
		org.assertj.core.api.Assertions.assertThat(sent.sentOn()).isEqualTo(SENT);
		org.assertj.core.api.Assertions.assertThat(sent.replyDue()).isEqualTo(DUE);
		ProcessInstance pi = instance(t);
		assertThat(pi).isWaitingAt(TransferService.TASK_AWAIT_REPLY);
		assertThat(pi).task().isAssignedTo("yuhu.inspector1");
		clock(LocalDate.of(2026, 9, 15));
		assertThatThrownBy(() -> transfers.recordReply(f.as("yuhu.inspector2"), t.id(), reply("SANCTIONED", "DEMERIT", LocalDate.of(2026, 9, 14)), List.of()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> transfers.recordReply(f.as("yuhu.inspector1"), t.id(), reply("SANCTIONED", null, LocalDate.of(2026, 9, 14)), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("处分种类");
		assertThatThrownBy(() -> transfers.recordReply(f.as("yuhu.inspector1"), t.id(), reply("CLOSED", null, LocalDate.of(2026, 8, 31)), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不能早于移送日期");
		LeadTransfer replied = transfers.recordReply(f.as("yuhu.inspector1"), t.id(), reply("JUDICIAL_FILED", null, LocalDate.of(2026, 9, 14)), List.of());
		assertThat(pi).isEnded().hasPassed("Event_ReplyRecorded").hasNotPassed("Task_RemindReply", "Task_EscalateReply");
		org.assertj.core.api.Assertions.assertThat(replied.status()).isEqualTo("REPLIED");
		org.assertj.core.api.Assertions.assertThat(replied.replyResultLabel()).isEqualTo("司法机关已立案");
	}

	@Test
	void shouldRemindTheHandlerFiveWorkingDaysBeforeTheDeadline() {
		LeadTransfer t = approved(standalone("APPOINTING_ORGAN", "调查报告"));
		// 8 Oct back over the holiday: 30, 29, 28 Sep, then 24 and 23 Sep (25–27 Sep 中秋节)
		org.assertj.core.api.Assertions.assertThat(transfers.reminderOn(transfers.unchecked(t.id()))).isEqualTo(LocalDate.of(2026, 9, 23));
		ProcessInstance pi = instance(t);
		clock(LocalDate.of(2026, 9, 23));
		execute(job("Event_ReplyReminder", pi));
		execute(job("Task_RemindReply", pi));
		assertThat(pi).hasPassed("Event_ReplyReminded").isWaitingAt(TransferService.TASK_AWAIT_REPLY);
		org.assertj.core.api.Assertions.assertThat(notifications.countAbout(TransferService.SUBJECT, t.id(), "REMINDER")).isEqualTo(1);
		transfers.recordReply(f.as("yuhu.inspector1"), t.id(), reply("SANCTIONED", "MAJOR_DEMERIT", LocalDate.of(2026, 9, 23)), List.of());
		assertThat(pi).isEnded().hasPassed("Task_RemindReply").hasNotPassed("Task_EscalateReply");
	}

	@Test
	void shouldEscalateToTheLeadersWhenTheReplyIsOverdue() {
		LeadTransfer t = approved(standalone("DISCIPLINE_SUPERVISION", "统计执法检查报告"));
		ProcessInstance pi = instance(t);
		clock(DUE.plusDays(1));
		execute(job("Event_ReplyReminder", pi));
		execute(job("Task_RemindReply", pi));
		execute(job("Event_ReplyOverdue", pi));
		execute(job("Task_EscalateReply", pi));
		assertThat(pi).hasPassed("Event_ReplyEscalated").isWaitingAt(TransferService.TASK_AWAIT_REPLY);
		LeadTransfer overdue = transfers.unchecked(t.id());
		org.assertj.core.api.Assertions.assertThat(overdue.isOverdue()).isTrue();
		org.assertj.core.api.Assertions.assertThat(overdue.escalatedOn()).isEqualTo(DUE.plusDays(1));
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
				"SELECT recipient FROM notification WHERE subject_type = ? AND subject_id = ? AND category = 'ESCALATION'", String.class,
				TransferService.SUBJECT, t.id())).containsExactlyInAnyOrder("yuhu.inspector1", "yuhu.leader", "yuhu.director");
		transfers.recordReply(f.as("yuhu.inspector1"), t.id(), reply("TALK_OR_INQUIRY", null, DUE.plusDays(1)), List.of());
		assertThat(pi).isEnded().hasPassed("Task_EscalateReply", "Event_ReplyRecorded");
	}

	@Test
	void shouldRefuseIncompleteTransfersAndOtherBureausCases() {
		assertThatThrownBy(() -> transfers.register(f.as("yuhu.inspector1"), standalone("DISCIPLINE_SUPERVISION", " "), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("移送的材料");
		assertThatThrownBy(() -> transfers.register(f.as("yuhu.inspector1"), standalone("PROCURATORATE", "材料"), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("移送对象");
		assertThatThrownBy(() -> transfers.register(f.as("yuhu.owner"), standalone("JUDICIAL", "材料"), List.of()))
			.isInstanceOf(ForbiddenException.class);
		EnforcementCase c = f.lead(LocalDate.of(2026, 8, 1));
		assertThatThrownBy(() -> transfers.register(f.as("yuetang.inspector1"), new TransferCommands.Register(c.getId(), "李某", "科长",
				"某单位", false, true, "问题", "JUDICIAL", "公安机关", "材料"), List.of())).isInstanceOf(NotFoundException.class);
		LeadTransfer t = transfers.register(f.as("yuhu.inspector1"), standalone("JUDICIAL", "材料"), List.of());
		assertThatThrownBy(() -> transfers.transfer(f.as("yuetang.leader"), t.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> transfers.transfer(f.as("yuhu.admin"), t.id())).isInstanceOf(NotFoundException.class);
		org.assertj.core.api.Assertions.assertThat(transfers.transfer(f.as("city.leader"), t.id()).transferNumber()).isEqualTo(t.transferNumber());
	}

	/**
	 * Optimistic locking (issue 16): the director's approval and the handler's reply, each sent twice on the version
	 * read → the first wins, the second is 409 and changes nothing: one letter number, one reply.
	 */
	@Test
	void shouldRefuseAnEditMadeOnAStaleVersion() {
		LeadTransfer t = transfers.register(f.as("yuhu.inspector1"), standalone("DISCIPLINE_SUPERVISION", "统计执法检查报告"), List.of());
		int read = t.rowVersion();
		LeadTransfer sent = transfers.approve(f.as("yuhu.director"), t.id(), read, new TransferCommands.Approval(true, "同意移送"));
		assertThatThrownBy(() -> transfers.approve(f.as("yuhu.director"), t.id(), read,
				new TransferCommands.Approval(false, "材料不足，暂不移送"))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("已被他人修改");
		transfers.recordReply(f.as("yuhu.inspector1"), t.id(), sent.rowVersion(), reply("SANCTIONED", "MAJOR_DEMERIT", SENT), List.of());
		assertThatThrownBy(() -> transfers.recordReply(f.as("yuhu.inspector1"), t.id(), sent.rowVersion(),
				reply("NOT_SANCTIONED", null, SENT), List.of())).isInstanceOf(ConflictException.class);
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForMap(
				"SELECT status, letter_number, reply_result, row_version FROM lead_transfer WHERE id = ?", t.id()))
			.containsEntry("STATUS", "REPLIED").containsEntry("LETTER_NUMBER", sent.letterNumber())
			.containsEntry("REPLY_RESULT", "SANCTIONED").containsEntry("ROW_VERSION", read + 2);
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_log WHERE subject_type = ? "
				+ "AND subject_id = ? AND action IN ('APPROVED', 'REJECTED', 'REPLIED')", Long.class, TransferService.SUBJECT, t.id()))
			.isEqualTo(2);
	}

	private LeadTransfer approved(TransferCommands.Register cmd) {
		LeadTransfer t = transfers.register(f.as("yuhu.inspector1"), cmd, List.of());
		return transfers.approve(f.as("yuhu.director"), t.id(), new TransferCommands.Approval(true, null));
	}

	static TransferCommands.Reply reply(String result, String sanction, LocalDate on) {
		return new TransferCommands.Reply(on, "雨纪函〔2026〕12号", result, sanction, "经研究，对相关人员作出处理，现函复。");
	}

	private ProcessInstance instance(LeadTransfer t) {
		return runtime.createProcessInstanceQuery().processInstanceId(t.processInstanceId()).singleResult();
	}

	static void clock(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}
