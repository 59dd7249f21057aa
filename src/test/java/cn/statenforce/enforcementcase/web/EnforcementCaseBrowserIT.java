package cn.statenforce.enforcementcase.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.shared.AppClock;

import org.camunda.bpm.engine.ManagementService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case through the UI as inspector and leader: lead → summary warning with its order to correct → publication
 * → (re-check in the rectification capability) → closure → archive.
 * Runs against the real server with headless Chromium (not part of the fast suite).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EnforcementCaseBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	cn.statenforce.enforcementcase.CaseFixture cases;

	@Autowired
	cn.statenforce.rectification.CorrectionService corrections;

	WebDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		// the pages ask before irreversible steps (data-confirm); a test clicking through answers yes
		options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
		driver = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	@AfterEach
	void stop() {
		if (driver != null) {
			driver.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys("demo123456");
		BrowserSupport.click(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/** Makes a document of the kind on the documents page and records its direct service with a receipt scan. */
	private void makeAndServe(String caseUrl, String kind) throws java.io.IOException {
		driver.get(caseUrl + "/documents");
		new Select(driver.findElement(By.cssSelector("#generate-form select[name=kind]"))).selectByValue(kind);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].requestSubmit()",
				driver.findElement(By.id("generate-form")));
		WebElement service = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#documents tr[data-kind='" + kind + "'] form.service-form")));
		java.nio.file.Path receipt = java.nio.file.Files.createTempFile("receipt", ".png");
		java.nio.file.Files.write(receipt, cn.statenforce.attachment.EvidenceFiles.png("送达回证.png").bytes());
		service.findElement(By.name("files")).sendKeys(receipt.toString());
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].requestSubmit()", service);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#documents tr[data-kind='" + kind + "']"),
				"送达回证扫描件"));
		assertThat(driver.findElement(By.cssSelector("#documents tr[data-kind='" + kind + "']")).getText())
			.contains("直接送达 " + AppClock.today());
	}

	/** Opens the case's current task, claims it if it is a group task, and returns on its form. */
	private void openTask(String caseUrl) {
		driver.get(caseUrl);
		BrowserSupport.click(driver, wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".open-task"))));
		if (!driver.findElements(By.id("claim")).isEmpty()) {
			BrowserSupport.click(driver, driver.findElement(By.id("claim")));
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-form")));
	}

	private void submit(String opinion) {
		if (opinion != null && !driver.findElements(By.id("opinion")).isEmpty()) {
			driver.findElement(By.id("opinion")).sendKeys(opinion);
		}
		// the longer task forms (an order to correct with its deadline) push the button below the fold
		BrowserSupport.click(driver, driver.findElement(By.id("submit-step")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
	}

	private void runAsyncJobs() {
		management.createJobQuery().messages().list().forEach(j -> management.executeJob(j.getId()));
	}

	@Test
	void shouldWalkOneCaseFromLeadToArchiveWithAWarning() throws java.io.IOException {
		login("yuhu.inspector1");
		driver.get(url("/cases/new"));
		new Select(driver.findElement(By.id("source"))).selectByValue("DATA_REVIEW");
		driver.findElement(By.id("cause")).sendKeys("迟报统计资料");
		driver.findElement(By.id("findings")).sendKeys("2025年月报迟报3天");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
				driver.findElement(By.id("conductDate")), AppClock.today().minusDays(10).toString());
		BrowserSupport.click(driver, driver.findElement(By.id("register")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
		String caseUrl = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("待核查");

		openTask(caseUrl);
		new Select(driver.findElement(By.id("proposal"))).selectByValue("SUMMARY");
		submit("事实清楚，适用简易程序");

		openTask(caseUrl);
		new Select(driver.findElement(By.id("secondInspector"))).selectByValue("yuhu.inspector2");
		new Select(driver.findElement(By.id("violationType"))).selectByValue("LATE_REPORTING");
		new Select(driver.findElement(By.id("penaltyOutcome"))).selectByValue("WARNING");
		driver.findElement(By.id("correctionMeasure")).sendKeys("今后按统计调查制度规定的时间报送月报");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
				driver.findElement(By.id("correctionDeadline")), AppClock.today().plusDays(20).toString());
		submit("当场警告");
		runAsyncJobs();

		openTask(caseUrl);
		submit(null); // 公示
		runAsyncJobs();
		// the order to correct is re-checked in the rectification capability (its own pages and tests)
		long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
		corrections.recheck(cases.as("yuhu.inspector2"), cases.queries.getUnchecked(caseId).getCorrectionId(), true,
				"下期月报已按时报送");

		// 执法文书: the on-the-spot decision and the order to correct made from their templates, each served with the
		// signed receipt scanned
		login("yuhu.inspector1");
		makeAndServe(caseUrl, "PENALTY_DECISION");
		makeAndServe(caseUrl, "CORRECTION_ORDER");

		login("yuhu.leader");
		openTask(caseUrl);
		BrowserSupport.click(driver, driver.findElement(By.id("approve-yes")));
		submit("同意结案");

		login("yuhu.inspector1");
		driver.get(caseUrl + "/documents");
		new Select(driver.findElement(By.cssSelector("#generate-form select[name=kind]"))).selectByValue("CLOSING_APPROVAL");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].requestSubmit()",
				driver.findElement(By.id("generate-form")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tr[data-kind='CLOSING_APPROVAL']")));
		assertThat(driver.findElement(By.id("dossier")).getText()).doesNotContain("尚未制作", "尚未登记送达");
		openTask(caseUrl);
		driver.findElement(By.id("archiveNumber")).sendKeys("2025-BR-01");
		submit(null);
		assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("已归档");
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("当场处罚", "结案审批", "归档");
	}

}
