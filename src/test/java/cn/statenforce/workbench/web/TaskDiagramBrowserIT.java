package cn.statenforce.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.AppClock;

/**
 * The process diagram on a task page in a real browser: drawn by bpmn-js, the task's step marked as current and
 * in view, the steps already done (核查线索 before 立案审批) marked as 已办; the case page draws the same diagram
 * through the same fragment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskDiagramBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	CaseFixture cases;

	@Autowired
	ManagementService management;

	WebDriver driver;

	WebDriverWait wait;

	String base;

	@BeforeEach
	void open() {
		base = "http://127.0.0.1:" + port;
		driver = BrowserSupport.newDriver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterEach
	void close() {
		driver.quit();
	}

	private String classOf(String diagram, String activityId) {
		return driver.findElement(By.cssSelector("#" + diagram + " .djs-element[data-element-id='" + activityId + "']"))
			.getAttribute("class");
	}

	@Test
	void shouldMarkTheCurrentStepAndTheStepsAlreadyDoneOnTheTaskPage() {
		var c = cases.lead(AppClock.today().minusDays(9));
		cases.intake.assess(cases.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "台账与报表差异较大，事实基本清楚，建议立案调查"));
		management.createJobQuery().processInstanceId(c.getProcessInstanceId()).list()
			.forEach(j -> management.executeJob(j.getId()));

		BrowserSupport.login(driver, base, "yuhu.leader", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/tasks?q=" + c.getLeadNumber());
		driver.findElement(By.linkText("立案审批")).click();
		WebElement diagram = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-diagram")));
		wait.until(d -> diagram.getAttribute("data-current") != null && !diagram.getAttribute("data-current").isEmpty());
		assertThat(diagram.isDisplayed()).isTrue();
		assertThat(diagram.getAttribute("data-current")).isEqualTo("Task_ApproveFiling");
		assertThat(driver.findElement(By.id("task-diagram-legend")).getText()).contains("当前环节", "已办环节");

		// the current step is marked and not as done; the steps before it are marked done, later ones not at all
		assertThat(classOf("task-diagram", "Task_ApproveFiling")).contains("process-step-active").doesNotContain("process-step-done");
		assertThat(classOf("task-diagram", "Task_AssessLead")).contains("process-step-done");
		assertThat(classOf("task-diagram", "StartEvent_LeadRegistered")).contains("process-step-done");
		assertThat(classOf("task-diagram", "Task_ApproveNotFiling")).doesNotContain("process-step-done")
			.doesNotContain("process-step-active");
		assertThat(driver.findElements(By.cssSelector("#task-diagram .process-step-active"))).hasSize(1);

		// zoomed on the current step: its shape lies inside the visible diagram and is drawn at a readable size
		WebElement current = driver.findElement(By.cssSelector(
				"#task-diagram .djs-element[data-element-id='Task_ApproveFiling'] .djs-visual"));
		var box = diagram.getRect();
		var shape = current.getRect();
		assertThat(shape.getX()).isGreaterThanOrEqualTo(box.getX());
		assertThat(shape.getX() + shape.getWidth()).isLessThanOrEqualTo(box.getX() + box.getWidth());
		assertThat(shape.getY()).isGreaterThanOrEqualTo(box.getY());
		assertThat(shape.getY() + shape.getHeight()).isLessThanOrEqualTo(box.getY() + box.getHeight());
		double centreX = shape.getX() + shape.getWidth() / 2.0;
		assertThat(Math.abs(centreX - (box.getX() + box.getWidth() / 2.0))).isLessThan(box.getWidth() / 4.0);
		assertThat(shape.getWidth()).isGreaterThanOrEqualTo(75); // a 100-unit task at a zoom of at least 0.75

		// the case page draws the same instance through the same fragment, the whole diagram fitted
		driver.get(base + "/cases/" + c.getId());
		WebElement caseDiagram = driver.findElement(By.id("case-diagram"));
		wait.until(d -> caseDiagram.getAttribute("data-active") != null);
		assertThat(caseDiagram.getAttribute("data-active")).isEqualTo("Task_ApproveFiling");
		assertThat(caseDiagram.getAttribute("data-done")).contains("Task_AssessLead");
		assertThat(classOf("case-diagram", "Task_AssessLead")).contains("process-step-done");
		assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
				"return document.querySelectorAll('#case-diagram .process-step-active').length")).intValue()).isEqualTo(1);
	}

}
