package cn.statenforce.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import cn.statenforce.complaint.ComplaintProperties;

/**
 * In a real browser: a member of the public reports without login (and has to wait a few seconds before the form is
 * taken), an inspector signs for the report in 待办 and proposes to accept it, the leader approves, and the reporter
 * reads the answer with the number and the query code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintBrowserIT {

	static final String REPORTER = "诸葛晓明";

	@LocalServerPort
	int port;

	@Autowired
	ComplaintProperties properties;

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
	void shouldTakeAPublicReportAndLetAnInspectorTriageIt() throws Exception {
		driver.get(base + "/public/complaints");
		assertThat(driver.getTitle()).contains("统计违法举报");
		new Select(driver.findElement(By.id("bureauId"))).selectByVisibleText("雨湖区统计局");
		driver.findElement(By.id("reportedUnit")).sendKeys("湘潭市雨湖区盘龙建筑工程有限公司");
		driver.findElement(By.id("content")).sendKeys("该公司2025年四季度统计报表中的建筑业总产值比实际完成额多报约4000万元，项目部台账可以证明。");
		driver.findElement(By.id("reporterName")).sendKeys(REPORTER);
		driver.findElement(By.id("reporterPhone")).sendKeys("13974021234");
		// a person takes longer than the minimum fill time; so does this test
		Thread.sleep((properties.minFillSeconds() + 1) * 1000L);
		click(By.id("submit-complaint"));
		wait(By.id("complaint-number"));
		String number = driver.findElement(By.id("complaint-number")).getText();
		String code = driver.findElement(By.id("query-code")).getText();
		assertThat(number).matches("JB430302-\\d{4}-\\d{4}");

		// the inspector finds the report in 待办, signs for it and proposes to accept it
		BrowserSupport.login(driver, base, "yuhu.inspector1", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/tasks?q=" + number);
		assertThat(driver.findElement(By.id("task-table")).getText()).contains("举报分办", "湘潭市雨湖区盘龙建筑工程有限公司")
			.doesNotContain(REPORTER);
		driver.findElement(By.linkText("举报分办")).click();
		driver.findElement(By.id("claim")).click();
		wait(By.id("triage-form"));
		assertThat(driver.findElement(By.id("reporter")).getText()).contains(REPORTER, "13974021234");
		new Select(driver.findElement(By.id("decision"))).selectByVisibleText("受理（涉嫌统计违法）");
		driver.findElement(By.id("opinion")).sendKeys("举报内容具体，属统计违法行为，建议受理");
		new Select(driver.findElement(By.id("toldMethod"))).selectByVisibleText("电话告知");
		driver.findElement(By.id("replyToReporter")).sendKeys("您的举报已受理，我局将依法核查");
		click(By.id("submit-triage"));
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("complaint-status"), "分办待审批"));
		String complaintPage = driver.getCurrentUrl();
		BrowserSupport.logout(driver);

		// the leader approves on the complaint page
		BrowserSupport.login(driver, base, "yuhu.leader", WebTestSupport.DEMO_PASSWORD);
		driver.get(complaintPage);
		click(By.id("approve-triage"));
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("complaint-status"), "已受理，调查核实中"));
		BrowserSupport.logout(driver);

		// the reporter reads the answer
		driver.get(base + "/public/complaints/status");
		driver.findElement(By.name("number")).sendKeys(number);
		driver.findElement(By.name("code")).sendKeys(code);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		wait(By.id("complaint-status"));
		assertThat(driver.findElement(By.id("complaint-status")).getText()).contains("已受理，调查核实中", "您的举报已受理，我局将依法核查");
	}

	/** Scrolls the button to the middle of the window first (the page may be taller than the window). */
	private void click(By by) {
		cn.statenforce.BrowserSupport.click(driver, driver.findElement(by));
	}

	private void wait(By by) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

}
