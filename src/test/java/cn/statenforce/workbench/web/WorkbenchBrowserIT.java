package cn.statenforce.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;

/**
 * The running application in a real browser: two roles log in and each sees its own navigation and
 * workbench; the system administrator (and not a bureau ADMIN) reaches the engine console with the same login
 * (single sign-on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchBrowserIT {

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
	void shouldShowEachRoleItsNavigationAndWorkbench() {
		String base = "http://127.0.0.1:" + port;
		BrowserSupport.login(driver, base, "yuhu.inspector1", WebTestSupport.DEMO_PASSWORD);
		assertThat(driver.getTitle()).contains("工作台");
		String sidebar = driver.findElement(By.id("sidebar")).getText();
		assertThat(sidebar).contains("工作台", "待办", "已办", "名录库").doesNotContain("系统管理");
		assertThat(driver.findElement(By.id("current-user")).getText()).contains("执法人员");
		assertThat(driver.findElement(By.id("todo-count")).getText()).matches("\\d+");
		driver.get(base + "/admin/users");
		assertThat(driver.getPageSource()).contains("无权访问");
		driver.get(base + "/");
		BrowserSupport.logout(driver);

		BrowserSupport.login(driver, base, "yuhu.admin", WebTestSupport.DEMO_PASSWORD);
		assertThat(driver.findElement(By.id("sidebar")).getText()).contains("系统管理", "用户与统计局", "工作日历")
			.doesNotContain("流程引擎控制台");
		BrowserSupport.click(driver, driver.findElement(By.linkText("工作日历")));
		assertThat(driver.getPageSource()).contains("工作日历", "调休上班");
		driver.get(base + "/camunda/app/cockpit/default/");
		assertThat(driver.getPageSource()).contains("无权访问");
		driver.get(base + "/");
		BrowserSupport.logout(driver);

		BrowserSupport.login(driver, base, "sysadmin", WebTestSupport.DEMO_PASSWORD);
		assertThat(driver.findElement(By.id("sidebar")).getText()).contains("流程引擎控制台")
			.doesNotContain("用户与统计局", "工作日历");
		// single sign-on: the Camunda webapps see the same signed-in user
		driver.get(base + "/camunda/api/engine/engine/default/identity/groups?userId=sysadmin");
		assertThat(driver.getPageSource()).contains("camunda-admin", "SYSTEM_ADMIN").doesNotContain("ADMIN_4303");
		driver.get(base + "/");
		BrowserSupport.click(driver, driver.findElement(By.linkText("流程引擎控制台")));
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
			.until(d -> d.getTitle().contains("Cockpit"));
	}

	@Test
	void shouldRejectAWrongPasswordInChinese() {
		String base = "http://127.0.0.1:" + port;
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys("yuhu.leader");
		driver.findElement(By.id("password")).sendKeys("wrong-password");
		BrowserSupport.click(driver, driver.findElement(By.id("login-submit")));
		assertThat(driver.findElement(By.id("login-error")).getText()).contains("用户名或密码错误");
	}

	@Test
	void shouldOpenTheEngineRestApiToTheSystemAdministratorOnly() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		assertThat(get(http, "sysadmin").statusCode()).isEqualTo(200);
		assertThat(get(http, "yuhu.admin").statusCode()).isEqualTo(403);
		assertThat(get(http, "yuhu.leader").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> get(HttpClient http, String user) throws Exception {
		String auth = Base64.getEncoder()
			.encodeToString((user + ":" + WebTestSupport.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/process-definition/count"))
			.header("Authorization", "Basic " + auth)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
