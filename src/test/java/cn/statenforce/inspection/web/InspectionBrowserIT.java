package cn.statenforce.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import cn.statenforce.BrowserSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inspection story in a real browser (headless Debian Chromium): the legal section drafts a plan, the
 * leader approves it, the draw runs and is verified, inspections start, and a drawn inspector serves the
 * notice and records the on-site result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InspectionBrowserIT {

	static WebDriver driver;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@BeforeAll
	static void browser() {
		driver = BrowserSupport.newDriver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	@AfterAll
	static void close() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void leaderApprovesThePlanTheDrawRunsAndAnInspectorRecordsAResult() {
		login("yuhu.legal");
		open("/inspection/plans/new");
		driver.findElement(By.id("title")).sendKeys("浏览器测试双随机抽查");
		driver.findElement(By.id("sampleSize")).sendKeys("1");
		click(By.id("save-plan"));
		WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-plan")));
		String planUrl = driver.getCurrentUrl();
		submit.click();
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "待审批"));
		logout();

		login("yuhu.leader");
		driver.get(planUrl);
		BrowserSupport.click(driver, driver.findElement(By.id("approve-plan")));
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已批准"));
		driver.findElement(By.name("seed")).sendKeys("20261123");
		BrowserSupport.click(driver, driver.findElement(By.id("draw-plan")));
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已抽取"));
		assertThat(driver.findElements(By.cssSelector("#drawn-units tbody tr"))).hasSize(1);
		BrowserSupport.click(driver, driver.findElement(By.cssSelector(".verify-draw")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "复核一致"));
		BrowserSupport.click(driver, driver.findElement(By.id("start-plan")));
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "检查中"));
		String inspectionUrl = driver.findElement(By.cssSelector("#inspections tbody a")).getAttribute("href");
		logout();

		login("yuhu.inspector1");
		workTask(inspectionUrl, "送达检查通知书");
		driver.findElement(By.id("recipient")).sendKeys("王会计");
		BrowserSupport.click(driver, driver.findElement(By.id("serve-notice")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "检查通知书已送达"));
		workTask(inspectionUrl, "现场检查");
		List<WebElement> evidence = driver.findElements(By.cssSelector("input[id^=evidence-]"));
		evidence.forEach(e -> e.sendKeys("现场检查笔录"));
		new Select(driver.findElement(By.id("result"))).selectByValue("NO_PROBLEM");
		driver.findElement(By.id("summary")).sendKeys("统计台账齐全，数据与原始记录一致");
		click(By.id("record-inspection"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "检查结果已登记"));
		driver.get(inspectionUrl);
		assertThat(driver.findElement(By.id("inspection-result")).getText()).contains("未发现问题");
	}

	@Test
	void planApprovalIsInTheLeadersTodoAndApprovedFromTheTaskPage() {
		login("yuhu.inspector1");
		open("/inspection/plans/new");
		driver.findElement(By.id("title")).sendKeys("待办审批浏览器测试抽查计划");
		driver.findElement(By.id("sampleSize")).sendKeys("1");
		click(By.id("save-plan"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-plan"))).click();
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "待审批"));
		String number = driver.findElement(By.id("plan-number")).getText();
		assertThat(number).matches("\\d{6}-JH-\\d{4}-\\d{4}");
		open("/tasks?q=" + number);
		assertThat(driver.findElements(By.linkText("审批检查计划"))).as("not in the author's 待办").isEmpty();
		logout();

		login("yuhu.leader");
		open("/tasks?q=" + number);
		WebElement row = driver.findElement(By.xpath("//table[@id='task-table']//tr[.//a[text()='审批检查计划']]"));
		assertThat(row.getText()).contains(number).contains("待办审批浏览器测试抽查计划").contains("执法检查计划");
		BrowserSupport.click(driver, row.findElement(By.linkText("审批检查计划")));
		List<WebElement> claim = driver.findElements(By.id("claim"));
		if (!claim.isEmpty()) {
			BrowserSupport.click(driver, claim.get(0));
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-task-form")));
		// a rejection needs an opinion: the service refuses an empty one (400) and the task stays open
		driver.findElement(By.id("plan-opinion")).sendKeys("同意按计划开展抽查");
		click(By.id("task-approve-plan"));
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已批准"));
		open("/tasks?q=" + number);
		assertThat(driver.findElements(By.linkText("审批检查计划"))).as("done, no longer in 待办").isEmpty();
		assertThat(driver.findElements(By.linkText("随机抽取"))).as("the draw is the next task").isNotEmpty();
	}

	/** Scrolls the element into the middle of the window first (long forms reach below the fold). */
	private void click(By by) {
		WebElement e = driver.findElement(by);
		var js = (org.openqa.selenium.JavascriptExecutor) driver;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
		try {
			wait.until(ExpectedConditions.elementToBeClickable(e)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException covered) {
			// headless Chromium sometimes leaves the native <select> popup over the form's last row
			js.executeScript("arguments[0].click();", e);
		}
	}

	/** Opens the user's task for the inspection (found by its number in the to-do list), claiming it. */
	private void workTask(String inspectionUrl, String taskName) {
		driver.get(inspectionUrl);
		String number = driver.findElement(By.tagName("h1")).getText().replace("执法检查", "").trim();
		open("/tasks?q=" + number);
		BrowserSupport.click(driver, driver.findElement(By.linkText(taskName)));
		List<WebElement> claim = driver.findElements(By.id("claim"));
		if (!claim.isEmpty()) {
			BrowserSupport.click(driver, claim.get(0));
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-task-form")));
	}

	private void login(String username) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo123456");
		BrowserSupport.click(driver, driver.findElement(By.id("login-submit")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void logout() {
		BrowserSupport.click(driver, driver.findElement(By.id("logout")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
	}

	private void open(String path) {
		driver.get("http://127.0.0.1:" + port + path);
	}

}
