package cn.statenforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.organization.UserService;

/**
 * Issue 13 in a real browser, the rest of it: the administrator renames and 停用 a responsible unit on the directory
 * page (with the confirmation), an inspector adds a team member by typing part of the name into the picker, and the
 * public pages fit a 390 px phone in the app's style.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreensBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	CaseFixture cases;

	@Autowired
	TaskService tasks;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

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

	private void login(String username) {
		driver.manage().deleteAllCookies();
		BrowserSupport.login(driver, base, username, WebTestSupport.DEMO_PASSWORD);
	}

	private WebElement row(String name) {
		return driver.findElement(By.cssSelector(".directory-table tr[data-entry='" + name + "']"));
	}

	@Test
	void shouldLetTheAdministratorRenameAndDeactivateAResponsibleUnit() {
		login("yuhu.admin");
		driver.get(base + "/rectification/directory");
		WebElement name = driver.findElement(By.cssSelector("#directory-form input[name=name]"));
		name.sendKeys("雨湖区统计局法规股");
		BrowserSupport.click(driver, driver.findElement(By.cssSelector("#directory-form button[type=submit]")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "已添加到目录"));

		WebElement rename = row("雨湖区统计局法规股").findElement(By.cssSelector("form.entry-edit input[name=name]"));
		rename.clear();
		rename.sendKeys("雨湖区统计局政策法规股");
		BrowserSupport.click(driver, row("雨湖区统计局法规股").findElement(By.cssSelector("form.entry-edit button")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "已保存"));
		assertThat(driver.findElements(By.cssSelector(".directory-table tr[data-entry='雨湖区统计局法规股']"))).isEmpty();

		// 停用 asks first (the driver answers yes), then marks the entry
		BrowserSupport.click(driver, row("雨湖区统计局政策法规股").findElement(By.cssSelector("form.entry-active button")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "已停用"));
		assertThat(row("雨湖区统计局政策法规股").findElement(By.cssSelector(".entry-inactive")).getText()).isEqualTo("已停用");
		assertThat(row("雨湖区统计局政策法规股").findElement(By.cssSelector("form.entry-active button")).getText()).isEqualTo("启用");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rect_responsible_inactive i JOIN rect_responsible r ON r.id = i.responsible_id"
				+ " WHERE r.name = ?", Integer.class, "雨湖区统计局政策法规股")).isEqualTo(1);
	}

	@Test
	void shouldAddATeamMemberByTypingPartOfTheName() {
		var c = cases.filed();
		String investigate = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId())
			.taskDefinitionKey("Task_Investigate").singleResult().getId();
		tasks.claim(investigate, "yuhu.inspector1");
		// a fourth inspector of the district with a valid certificate (the demo's third one has an expired one)
		long bureau = users.summary("yuhu.inspector1").bureauId();
		var added = users.createUser("yuhu.inspector4", "欧阳明轩", WebTestSupport.DEMO_PASSWORD, bureau,
				java.util.EnumSet.of(cn.statenforce.organization.Role.INSPECTOR), null, null);
		users.addCertificate(added.id(), "430302049999", cn.statenforce.shared.AppClock.today().minusYears(1),
				cn.statenforce.shared.AppClock.today().plusYears(3), "湖南省统计局", "工业");
		String third = "欧阳明轩";
		login("yuhu.inspector1");
		driver.get(base + "/tasks/" + investigate);
		WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-member-search")));
		search.sendKeys(third.substring(0, Math.min(2, third.length())));
		By optionOf3 = By.cssSelector("#team-member-picker .picker-option[data-value='yuhu.inspector4']");
		// the list is drawn again as the answer to each keystroke arrives: click the option once it stays
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
			WebElement option = d.findElement(optionOf3);
			assertThat(option.getText()).startsWith(third);
			((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
			BrowserSupport.click(driver, option);
			return true;
		});
		assertThat(search.getAttribute("value")).isEqualTo(third);
		assertThat(driver.findElement(By.id("team-member")).getAttribute("value")).isEqualTo("yuhu.inspector4");
		BrowserSupport.click(driver, driver.findElement(By.id("add-team-member")));
		wait.until(d -> d.getPageSource().contains("加入调查组：" + third));
	}

	@Test
	void shouldFitThePublicPagesOnAPhoneInTheAppsStyle() {
		((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		for (String path : List.of("/public/inspections", "/public/credit", "/public/complaints", "/public/complaints/status",
				"/public/inspections/algorithm")) {
			driver.get(base + path);
			WebElement header = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-header")));
			long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
			long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
			assertThat(viewport).as(path).isLessThanOrEqualTo(400);
			// nothing widens the page beyond the phone: wide tables scroll inside their own box
			assertThat(width).as(path).isLessThanOrEqualTo(viewport);
			// the app's header colour and the brand on one line
			assertThat(js.executeScript("return getComputedStyle(arguments[0]).backgroundColor", header)).as(path)
				.isEqualTo("rgb(13, 110, 253)");
			assertThat(driver.findElements(By.cssSelector("link[href='/css/app.css']"))).as(path).hasSize(1);
			WebElement brand = header.findElement(By.cssSelector(".navbar-brand"));
			assertThat(brand.getRect().getWidth()).as(path).isGreaterThan(brand.getRect().getHeight());
			assertThat(driver.findElements(By.id("sidebar"))).as(path).isEmpty();
			WebElement h1 = driver.findElement(By.cssSelector("main h1"));
			assertThat(h1.getRect().getX()).as(path).isGreaterThanOrEqualTo(0);
			assertThat(h1.getRect().getX() + h1.getRect().getWidth()).as(path).isLessThanOrEqualTo((int) viewport);
		}
	}

}
