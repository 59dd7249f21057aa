package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.rectification.process.RectificationProcess;
import cn.statenforce.shared.AppClock;

/**
 * The e-mail channel of the message centre (MailChannel) against a real SMTP server (GreenMail on a free local port):
 * with SMTP configured — a {@link JavaMailSender} in the context, as Spring Boot provides one when
 * {@code spring.mail.host} is set — a measure assigned to a unit sends exactly one mail, with a Chinese subject, to
 * the unit's address; with SMTP off (no sender, the default) none; a mail server that refuses never fails the step.
 * The sender is added to and removed from the shared test context around each test, so no other test sends mail.
 */
@StatEnforceTest
class RectificationMailTest {

	private static final String SENDER_BEAN = "rectificationMailTestSender";

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ManagementService managementService;

	@Autowired
	RectificationService plans;

	@Autowired
	TaskService taskService;

	@Autowired
	UserService users;

	@Autowired
	WorkingDayCalendar calendar;

	RectificationFixture fx;

	GreenMail smtp;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterEach
	void tearDown() {
		smtpOff();
		smtp.stop();
	}

	private void smtpOn(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		((DefaultListableBeanFactory) context.getBeanFactory()).registerSingleton(SENDER_BEAN, sender);
	}

	private void smtpOff() {
		DefaultListableBeanFactory factory = (DefaultListableBeanFactory) context.getBeanFactory();
		if (factory.containsSingleton(SENDER_BEAN)) {
			factory.destroySingleton(SENDER_BEAN);
		}
	}

	private UserSummary unit(String name, String email) {
		return users.createUser("yuhu.mailunit" + System.nanoTime() % 100000000, name, WebTestSupport.DEMO_PASSWORD,
				fx.user(RectificationFixture.LEADER).bureauId(), EnumSet.of(Role.RECTIFICATION_OWNER), null, email);
	}

	private Plan published(String owner) {
		var leader = fx.user(RectificationFixture.LEADER);
		Plan plan = plans.registerFeedback(leader, new FeedbackCommand("PATROL", "区委第六巡察组", AppClock.today(),
				"雨巡反〔2026〕6号", "区委巡察反馈统计数据质量问题整改", RectificationFixture.PLAN_LEADER, null, null));
		Aspect a = plans.addAspect(leader, plan.id(), "统计数据质量方面");
		Problem p = plans.addProblem(leader, plan.id(), a.id(), "部分企业统计台账不健全");
		plans.addMeasure(leader, p.id(), new MeasureCommand("督促企业建立健全统计台账", owner, RectificationFixture.LEADER,
				calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE.name(), "台账照片"));
		return plans.publish(leader, plan.id());
	}

	private Task measureTask(Plan plan) {
		return taskService.createTaskQuery().processInstanceBusinessKey(plan.planNumber())
			.taskDefinitionKey(RectificationProcess.TASK_WORK_MEASURE).singleResult();
	}

	@Test
	void shouldMailTheUnitOnceWithAChineseSubjectWhenSmtpIsConfigured() throws Exception {
		UserSummary u = unit("雨湖区统计局执法监督股", "zhifa.gu@yuhu.example.cn");
		smtpOn(smtp.getSmtp().getPort());
		Task t = measureTask(published(u.username()));
		assertThat(t.getAssignee()).isEqualTo(u.username());
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
			.containsExactly("zhifa.gu@yuhu.example.cn");
		assertThat(mails[0].getSubject()).isEqualTo("【统计执法】整改任务已下达：区委巡察反馈统计数据质量问题整改");
	}

	@Test
	void shouldSendNothingWithSmtpOff() {
		UserSummary u = unit("雨湖区统计局核算股", "hesuan.gu@yuhu.example.cn");
		Task t = measureTask(published(u.username()));
		assertThat(t.getAssignee()).isEqualTo(u.username());
		assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void shouldNeverFailTheStepWhenTheMailServerFails() {
		UserSummary u = unit("雨湖区统计局农村股", "nongcun.gu@yuhu.example.cn");
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		smtpOn(port);
		Plan plan = published(u.username());
		assertThat(plan.planStatus()).isEqualTo(PlanStatus.IN_PROGRESS);
		assertThat(measureTask(plan).getAssignee()).isEqualTo(u.username());
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

}
