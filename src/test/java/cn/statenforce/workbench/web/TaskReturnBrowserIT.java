package cn.statenforce.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;

/**
 * 退回 in a real browser (issue 12): the director, at 处罚决定审批, returns the case to 调查取证 with an opinion taken
 * from the common phrases; the investigator who reported sees the task in 待办 with the opinion, on the task page,
 * and a message in the message centre (消息中心).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskReturnBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	TaskService tasks;

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

	/** A case whose decision awaits the director's approval (fine after legal review and collective discussion). */
	private EnforcementCase atDecisionApproval() {
		EnforcementCase c = f.filed();
		f.report(c, "OBSTRUCT_INSPECTION", "GENERAL", false);
		f.proposeFine(c, 60_000, "建立健全统计台账");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", f.pi(c)));
		f.decisions.legalReview(f.as("yuhu.legal"), c.getId(), new CaseCommands.LegalReview(true, "程序合法"));
		f.decisions.discuss(f.as("yuhu.director"), c.getId(), new CaseCommands.Discussion("局务会成员", "同意处罚"));
		return f.reload(c);
	}

	@Test
	void shouldReturnTheCaseToTheInvestigationAndShowTheOpinionToTheInvestigator() {
		EnforcementCase c = atDecisionApproval();
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).active().singleResult().getId();
		String base = "http://127.0.0.1:" + port;

		BrowserSupport.login(driver, base, "yuhu.director", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/tasks/" + taskId);
		BrowserSupport.click(driver, wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#return-panel summary"))));
		Select target = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("return-target"))));
		assertThat(target.getOptions()).extracting(o -> o.getText()).containsExactly("调查取证");
		new Select(driver.findElement(By.id("return-phrase"))).selectByVisibleText("事实不清，请补充调查。");
		wait.until(d -> d.findElement(By.id("return-opinion")).getDomProperty("value").equals("事实不清，请补充调查。"));
		driver.findElement(By.id("return-opinion")).sendKeys("重点核实2026年1至9月营业收入台账。");
		BrowserSupport.click(driver, driver.findElement(By.id("return-submit")));
		wait.until(ExpectedConditions.urlMatches(".*/tasks$"));
		assertThat(driver.getPageSource()).contains("已退回至「调查取证」");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
		BrowserSupport.logout(driver);

		String opinion = "事实不清，请补充调查。重点核实2026年1至9月营业收入台账。";
		BrowserSupport.login(driver, base, "yuhu.inspector2", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/tasks");
		String todo = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table"))).getText();
		assertThat(todo).contains("调查取证").contains("退回：" + opinion);
		String reopened = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).active().singleResult().getId();
		driver.get(base + "/tasks/" + reopened);
		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("return-note"))).getText())
			.contains("处罚决定审批").contains("调查取证").contains(opinion);
		driver.get(base + "/notifications");
		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText())
			.contains("「调查取证」被退回").contains(opinion);
	}

}
