package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;

/**
 * In a real browser: the unit submits completion with an evidence file, the responsible leader signs it off,
 * and the board shows the problem closed. Headless Debian Chromium with Debian's chromedriver at explicit
 * paths (override with CHROMIUM_BINARY / CHROMEDRIVER).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RectificationBrowserIT {

	static final String PASSWORD = "demo123456";

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	ManagementService managementService;

	@Autowired
	WorkingDayCalendar calendar;

	WebDriver driver;

	String base;

	@BeforeEach
	void open() {
		base = "http://127.0.0.1:" + port;
		driver = BrowserSupport.newDriver();
	}

	@AfterEach
	void close() {
		driver.quit();
	}

	@Test
	void shouldSubmitWithEvidenceSignOffAndUpdateTheBoard() throws Exception {
		var fx = new RectificationFixture(users, plans, managementService);
		Plan draft = fx.draft(calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE);
		plans.publish(fx.user(RectificationFixture.LEADER), draft.id());
		Measure m = plans.measures(fx.user(RectificationFixture.LEADER), draft.id()).get(0);
		Path evidence = Files.createTempFile("培训签到表", ".txt");
		Files.writeString(evidence, "培训签到表：12人参加", StandardCharsets.UTF_8);

		// the unit: own measure list → measure page → completion with evidence
		login(RectificationFixture.OWNER);
		driver.get(base + "/rectification/mine");
		driver.findElement(By.linkText(m.content())).click();
		driver.findElement(By.id("completion-content")).sendKeys("已组织全体执法人员培训");
		driver.findElement(By.id("completion-files")).sendKeys(evidence.toAbsolutePath().toString());
		click(By.id("submit-completion"));
		waitForStatus("申请销号");
		assertThat(driver.getPageSource()).contains("已申请销号，等待责任领导对账销号");
		assertThat(driver.findElement(By.id("measure-status")).getText()).isEqualTo("申请销号");
		assertThat(driver.findElements(By.className("evidence-link"))).hasSize(1);
		logout();

		// the responsible leader: sign-off list → measure page → 销号
		login(RectificationFixture.LEADER);
		driver.get(base + "/rectification/sign-off");
		driver.findElement(By.linkText(m.content())).click();
		driver.findElement(By.id("sign-off-opinion")).sendKeys("佐证材料齐全，同意销号");
		click(By.id("approve-sign-off"));
		waitForStatus("已销号");
		assertThat(driver.getPageSource()).contains("已对账销号");
		assertThat(driver.findElement(By.id("measure-status")).getText()).isEqualTo("已销号");

		// the board: the problem is closed and the counts moved
		driver.get(base + "/rectification?planId=" + draft.id());
		assertThat(driver.findElement(By.id("sum-problems")).getText()).isEqualTo("1/1");
		assertThat(driver.findElement(By.id("sum-measures")).getText()).isEqualTo("1/1");
		assertThat(driver.findElement(By.cssSelector("#problem-board .problem-status")).getText()).isEqualTo("已销号");
		assertThat(driver.findElement(By.cssSelector("#problem-board .progress-bar")).getAttribute("class")).contains("bg-success");
	}

	/** Buttons low on a long page are scrolled to the middle first (a fixed footer would take the click). */
	private void click(By by) {
		cn.statenforce.BrowserSupport.click(driver, driver.findElement(by));
	}

	/** The form posts and redirects back to the measure page; wait for the new page, not the old one. */
	private void waitForStatus(String status) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBe(By.id("measure-status"), status));
	}

	private void login(String username) {
		BrowserSupport.login(driver, base, username, PASSWORD);
	}

	private void logout() {
		BrowserSupport.logout(driver);
	}

}
