package cn.statenforce.enforcementcase.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;

/**
 * 法定要件核验 in a real browser (issue 18): the legal reviewer opens 法制审核 of a case whose second inspector's
 * certificate had ended the day before the investigation report. The page shows that line as 不满足 with the reason
 * (《统计法》第三十八条: two inspectors with valid certificates); submitting 通过 is refused with the same words and the
 * case stays at 法制审核, not passed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatutoryChecklistBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		BpmnAwareTests.init(engine);
		driver = BrowserSupport.newDriver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterEach
	void close() {
		driver.quit();
	}

	@Test
	void shouldShowTheFailingRequirementAndRefuseToPassTheReviewInItsWords() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", true);
		f.proposeFine(c, 20_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", f.pi(c)));
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_LegalReview");
		EnforcementCase atReview = f.reload(c);
		jdbc.update("UPDATE case_inspector SET cert_valid_to = ? WHERE case_id = ? AND username = ?",
				atReview.getReportedOn().minusDays(1), c.getId(), "yuhu.inspector2");
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_LegalReview").singleResult().getId();
		tasks.claim(taskId, "yuhu.legal");
		String base = "http://127.0.0.1:" + port;

		BrowserSupport.login(driver, base, "yuhu.legal", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/tasks/" + taskId);
		WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statutory-checklist")));
		assertThat(table.getText()).contains("法定要件核验", "执法主体", "执法人员资格", "裁量基准");
		List<WebElement> failing = table.findElements(By.cssSelector("tr[data-met='false']"));
		assertThat(failing).hasSize(1);
		String reason = "调查须由两名以上持当日有效执法证且未回避的执法人员进行（统计法第三十八条、行政处罚法第四十二条）";
		assertThat(failing.get(0).getText()).contains("执法人员资格", "不满足", reason);
		assertThat(failing.get(0).getDomAttribute("class")).contains("table-danger");
		assertThat(failing.get(0).findElement(By.tagName("a")).getDomAttribute("href")).endsWith("/cases/" + c.getId() + "#team");

		// 通过 is refused with the line's words; nothing changes
		BrowserSupport.click(driver, driver.findElement(By.id("approve-yes")));
		driver.findElement(By.id("opinion")).sendKeys("事实清楚，证据确凿，程序合法，同意");
		BrowserSupport.click(driver, driver.findElement(By.id("submit-step")));
		WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
		assertThat(error.getText()).isEqualTo(reason);
		assertThat(driver.getCurrentUrl()).endsWith("/tasks/" + taskId);
		EnforcementCase after = f.reload(c);
		assertThat(after.getStatus()).isEqualTo(CaseStatus.REVIEWING);
		assertThat(after.isLegalReviewPassed()).isFalse();
		BpmnAwareTests.assertThat(f.pi(c)).isWaitingAt("Task_LegalReview");
	}

}
