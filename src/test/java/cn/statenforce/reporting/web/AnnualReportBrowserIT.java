package cn.statenforce.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;

/**
 * In a real browser: the 年度统计 page draws its charts with the ECharts the application serves (no request leaves the
 * server), and the bureau administrator sees the 全过程记录 intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnnualReportBrowserIT {

	@LocalServerPort
	int port;

	WebDriver driver;

	@BeforeEach
	void open() {
		driver = BrowserSupport.newDriver();
	}

	@AfterEach
	void close() {
		driver.quit();
	}

	@Test
	void shouldDrawTheYearsChartsAndShowTheIntactRecord() {
		String base = "http://localhost:" + port;
		BrowserSupport.login(driver, base, "yuhu.leader", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/reports/annual");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-monthly canvas")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-type-2 canvas")));
		Object origins = ((JavascriptExecutor) driver).executeScript(
				"return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)"
						+ ".filter(o => o !== location.origin).length");
		assertThat(((Number) origins).intValue()).as("requests to other servers").isZero();
		assertThat(driver.findElement(By.id("annual-docx")).getText()).isEqualTo("生成 Word 报告");
		BrowserSupport.logout(driver);

		BrowserSupport.login(driver, base, "yuhu.admin", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/admin/audit");
		assertThat(driver.findElement(By.id("audit-verdict")).getText()).contains("记录链完整");
	}

}
