package cn.statenforce.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;

/** The district's administrator creates an inspector with a 统计执法证 on the page, and the new inspector signs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminUsersBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

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
	void shouldCreateAUserWithACertificateFromTheAdminPage() {
		BrowserSupport.login(driver, base, "yuhu.admin", WebTestSupport.DEMO_PASSWORD);
		driver.findElement(By.linkText("用户与统计局")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("new-user-form")));
		assertThat(driver.getPageSource()).doesNotContain("系统接口", "Swagger");
		// the menu shows where the administrator is
		assertThat(driver.findElement(By.cssSelector("#sidebar a.active")).getText()).isEqualTo("用户与统计局");

		LocalDate from = LocalDate.of(2026, 1, 3); // a Saturday
		LocalDate to = LocalDate.of(2030, 12, 31);
		driver.findElement(By.id("nu-username")).sendKeys("yuhu.zhaolei");
		driver.findElement(By.id("nu-name")).sendKeys("赵磊");
		driver.findElement(By.id("nu-password")).sendKeys("Qm8$wRt5zN");
		new Select(driver.findElement(By.id("nu-bureau"))).selectByVisibleText("雨湖区统计局");
		driver.findElement(By.id("nu-phone")).sendKeys("0731-52223344");
		BrowserSupport.click(driver, driver.findElement(By.id("nu-role-INSPECTOR")));
		driver.findElement(By.id("nu-cert")).sendKeys("湘统执2026031");
		setDate("nu-valid-from", from);
		setDate("nu-valid-to", to);
		driver.findElement(By.id("nu-issued-by")).sendKeys("湖南省统计局");
		BrowserSupport.click(driver, driver.findElement(By.id("create-user")));

		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("certificates")));
		assertThat(driver.getPageSource()).contains("已新建用户");
		assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("赵磊");
		assertThat(driver.findElement(By.id("certificates")).getText()).contains("湘统执2026031", from + " 至 " + to, "湖南省统计局", "有效");
		var created = users.summary("yuhu.zhaolei");
		assertThat(created.roles()).containsExactly(Role.INSPECTOR);
		assertThat(created.certValidTo()).isEqualTo(to);

		BrowserSupport.logout(driver);
		BrowserSupport.login(driver, base, "yuhu.zhaolei", "Qm8$wRt5zN");
		assertThat(driver.findElement(By.id("current-user")).getText()).contains("赵磊");
	}

	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
				date.toString());
	}

}
