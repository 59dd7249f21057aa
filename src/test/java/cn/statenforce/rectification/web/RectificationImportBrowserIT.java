package cn.statenforce.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.FeedbackCommand;
import cn.statenforce.rectification.LedgerSheetFixtures;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.ResponsibleDirectory;
import cn.statenforce.rectification.ResponsibleKind;
import cn.statenforce.shared.AppClock;

/**
 * In a real browser: a leader uploads the supervision self-check table as it arrived, sees the preview (the header
 * row found, the unknown column and the missing 整改措施), maps the column, maps an unknown unit to a directory entry,
 * confirms, and the plan lists the measures; a second upload of the same file previews nothing new.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RectificationImportBrowserIT {

	static final String PASSWORD = "demo123456";

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	ResponsibleDirectory directory;

	@Autowired
	ManagementService managementService;

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
	void shouldPreviewMapAndConfirmAnImport() throws Exception {
		var fx = new RectificationFixture(users, plans, managementService);
		var leader = fx.user(RectificationFixture.LEADER);
		Plan plan = plans.registerFeedback(leader, new FeedbackCommand("SUPERVISION", "市统计督察组", AppClock.today(), null,
				"统计督察反馈问题整改", RectificationFixture.PLAN_LEADER, null, null));
		directory.create(leader, ResponsibleKind.UNIT, "雨湖区统计局执法监督科", List.of());
		Path sheet = Files.createTempFile("自查整改表", ".xlsx");
		Files.write(sheet, LedgerSheetFixtures.supervisionSelfCheck(AppClock.today().getYear() + 1));

		BrowserSupport.login(driver, base, RectificationFixture.LEADER, PASSWORD);
		driver.get(base + "/rectification/plans/" + plan.id());
		driver.findElement(By.id("import-file")).sendKeys(sheet.toAbsolutePath().toString());
		driver.findElement(By.id("import-preview-submit")).click();
		waitFor(By.id("preview-summary"));
		assertThat(driver.findElement(By.id("preview-header-row")).getText()).isEqualTo("3");
		assertThat(driver.findElement(By.id("preview-errors")).getText()).contains("缺少“整改措施”列");
		assertThat(driver.findElement(By.id("confirm-import")).isEnabled()).isFalse();

		// map 工作举措 → 整改措施 and 统计执法监督股 → the directory's 执法监督科, then read again
		new Select(column("工作举措")).selectByVisibleText("整改措施");
		driver.findElement(By.id("preview-again")).click();
		waitFor(By.id("preview-names"));
		assertThat(driver.findElements(By.id("preview-errors"))).isEmpty();
		assertThat(driver.findElement(By.id("preview-measures")).getText()).isEqualTo("2");
		assertThat(driver.findElements(By.cssSelector("#preview-rows tbody tr"))).hasSize(2);
		new Select(decision("统计执法监督股")).selectByVisibleText("对应到：雨湖区统计局执法监督科");
		driver.findElement(By.id("confirm-import")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("measure-table")));

		assertThat(driver.getPageSource()).contains("已导入1个方面、2个问题、2条措施");
		List<WebElement> rows = driver.findElements(By.cssSelector("#measure-table tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getText()).contains("督促企业建立统计台账并逐户核查", "雨湖区统计局执法监督科");

		// the same file again: nothing new
		driver.findElement(By.id("import-file")).sendKeys(sheet.toAbsolutePath().toString());
		driver.findElement(By.id("import-preview-submit")).click();
		waitFor(By.id("preview-summary"));
		new Select(column("工作举措")).selectByVisibleText("整改措施");
		driver.findElement(By.id("preview-again")).click();
		waitFor(By.id("preview-rows"));
		assertThat(driver.findElement(By.id("preview-measures")).getText()).isEqualTo("0");
		assertThat(driver.findElement(By.id("preview-existing")).getText()).isEqualTo("2");
	}

	private WebElement column(String header) {
		return driver.findElement(By.cssSelector("select.column-mapping[data-header='" + header + "']"));
	}

	private WebElement decision(String name) {
		return driver.findElement(By.cssSelector("select.name-decision[data-name='" + name + "']"));
	}

	private void waitFor(By by) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

}
