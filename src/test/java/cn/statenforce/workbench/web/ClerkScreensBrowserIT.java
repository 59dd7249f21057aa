package cn.statenforce.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.Category;
import cn.statenforce.rectification.Measure;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationFixture;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.rectification.Upload;
import cn.statenforce.shared.AppClock;

/**
 * Issue 13 in a real browser: task pages that carry what is decided (the lead, the inspector's opinion and the
 * history for 立案审批; the measure with its evidence for 对账销号), the 案号 as the one number to search by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClerkScreensBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	CaseFixture cases;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	WorkingDayCalendar calendar;

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

	@Test
	void shouldLetTheLeaderApproveAFilingFromATaskPageThatShowsTheLeadTheOpinionAndTheHistory() {
		var c = cases.lead(AppClock.today().minusDays(9));
		cases.intake.assess(cases.as("yuhu.inspector1"), c.getId(),
				new CaseCommands.Assess(AssessmentProposal.FILE, "台账与报表差异较大，事实基本清楚，建议立案调查"));
		management.createJobQuery().processInstanceId(c.getProcessInstanceId()).list()
			.forEach(j -> management.executeJob(j.getId()));

		login("yuhu.leader");
		driver.get(base + "/tasks?q=" + c.getLeadNumber());
		BrowserSupport.click(driver, driver.findElement(By.linkText("立案审批")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-record")));
		// before claiming: what is to be approved
		assertThat(driver.findElement(By.id("task-lead-cause")).getText()).isEqualTo("涉嫌提供不真实统计资料");
		assertThat(driver.findElement(By.id("task-lead-findings")).getText()).isEqualTo("举报称该单位虚报营业收入");
		assertThat(driver.findElement(By.id("task-opinions")).getText()).contains("核查意见", "台账与报表差异较大，事实基本清楚，建议立案调查");
		assertThat(driver.findElement(By.id("task-timeline")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
		BrowserSupport.click(driver, driver.findElement(By.id("claim")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-form")));
		assertThat(driver.findElement(By.id("task-opinions")).getText()).contains("台账与报表差异较大");

		BrowserSupport.click(driver, driver.findElement(By.id("approve-yes")));
		driver.findElement(By.id("opinion")).sendKeys("同意立案，由执法人员开展调查");
		BrowserSupport.click(driver, driver.findElement(By.id("submit-step")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("同意立案，由执法人员开展调查");
		assertThat(tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey("Task_ApproveFiling").count())
			.isZero();
	}

	@Test
	void shouldShowTheEvidenceOnTheSignOffTaskPage() {
		var fx = new RectificationFixture(users, plans, management);
		Plan draft = fx.draft(calendar.addWorkingDays(AppClock.today(), 10), Category.DEADLINE);
		plans.publish(fx.user(RectificationFixture.LEADER), draft.id());
		Measure m = plans.measures(fx.user(RectificationFixture.LEADER), draft.id()).get(0);
		measures.submitCompletion(fx.user(RectificationFixture.OWNER), m.id(), "已组织全体执法人员培训，签到表附后",
				List.of(new Upload("培训签到表.txt", "text/plain", "培训签到表：12人参加".getBytes(StandardCharsets.UTF_8))), null, null);

		login(RectificationFixture.LEADER);
		driver.get(base + "/tasks?q=" + draft.planNumber());
		BrowserSupport.click(driver, driver.findElement(By.linkText("对账销号")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-record")));
		assertThat(driver.findElement(By.id("task-progress")).getText()).contains("已组织全体执法人员培训，签到表附后");
		WebElement evidence = driver.findElement(By.cssSelector("#task-progress .evidence-link"));
		assertThat(evidence.getText()).isEqualTo("培训签到表.txt");
		String href = evidence.getAttribute("href");
		if (!driver.findElements(By.id("claim")).isEmpty()) {
			BrowserSupport.click(driver, driver.findElement(By.id("claim")));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-progress")));
		}
		String taskPage = driver.getCurrentUrl();
		// the evidence opens in the browser
		driver.get(href);
		assertThat(driver.getPageSource()).contains("培训签到表：12人参加");
		driver.get(taskPage);
		driver.findElement(By.id("sign-off-opinion")).sendKeys("佐证材料齐全，同意销号");
		BrowserSupport.click(driver, driver.findElement(By.id("approve-sign-off")));
		wait.until(ExpectedConditions.textToBe(By.id("measure-status"), "已销号"));
	}

	@Test
	void shouldFindATaskInTheTodoListByItsCaseNumber() {
		var c = cases.filed();
		String caseNumber = c.getCaseNumber();
		assertThat(caseNumber).matches("雨统立〔\\d{4}〕\\d+号");

		login("yuhu.inspector1");
		driver.get(base + "/tasks");
		WebElement q = driver.findElement(By.cssSelector("main input[name=q]"));
		q.sendKeys(caseNumber);
		q.submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
		String table = driver.findElement(By.id("task-table")).getText();
		assertThat(table).contains(caseNumber).doesNotContain(c.getCaseCode());
		assertThat(driver.findElements(By.cssSelector("#task-table tbody tr"))).allSatisfy(
				row -> assertThat(row.getText()).contains(caseNumber));

		// the header's search box finds it as well
		driver.findElement(By.id("global-search-q")).sendKeys(caseNumber + org.openqa.selenium.Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-todo")));
		assertThat(driver.findElement(By.id("search-todo")).getText()).contains(caseNumber);
	}

	@Test
	void shouldLayTheWorkbenchAndATaskPageOutForAPhone() {
		var c = cases.filed();
		login("yuhu.inspector1");
		phoneWidth();
		driver.get(base + "/");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-count")));
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
		long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
		assertThat(viewport).isLessThanOrEqualTo(400);

		// the header: one line of words, not a column of single characters
		WebElement brand = driver.findElement(By.cssSelector(".navbar-brand"));
		assertThat(brand.getRect().getWidth()).isGreaterThan(brand.getRect().getHeight());
		assertThat(lines(js, brand)).isEqualTo(1);
		WebElement user = driver.findElement(By.id("current-user"));
		assertThat(lines(js, user)).isEqualTo(1);
		assertThat(user.getRect().getX() + user.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		// the menu folds away behind its button and opens above the content
		WebElement sidebar = driver.findElement(By.id("sidebar"));
		assertThat(sidebar.isDisplayed()).isFalse();
		WebElement toggle = driver.findElement(By.id("menu-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		toggle.click();
		wait.until(ExpectedConditions.visibilityOf(sidebar));
		WebElement todoLink = sidebar.findElement(By.linkText("待办"));
		assertThat(todoLink.getRect().getX() + todoLink.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		assertThat(sidebar.getRect().getY()).isLessThan(driver.findElement(By.id("todo-count")).getRect().getY());
		// the figures sit two by two inside the screen; the page itself never scrolls sideways
		WebElement todoCard = driver.findElement(By.id("todo-card"));
		WebElement overdueCard = driver.findElement(By.id("overdue-card"));
		// side by side: the second card's top within the first card's upper half (cards of one row may differ by a few px)
		assertThat(Math.abs(overdueCard.getRect().getY() - todoCard.getRect().getY()))
			.isLessThan(todoCard.getRect().getHeight() / 2);
		assertThat(overdueCard.getRect().getX()).isGreaterThan(todoCard.getRect().getX());
		assertThat(overdueCard.getRect().getX() + overdueCard.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		assertThat(pageScrollWidth(js)).isLessThanOrEqualTo(viewport);

		// a task page: the record above the form, the form and its button inside the screen
		String taskId = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).list().get(0).getId();
		driver.get(base + "/tasks/" + taskId);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-record")));
		if (!driver.findElements(By.id("claim")).isEmpty()) {
			BrowserSupport.click(driver, driver.findElement(By.id("claim")));
		}
		WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-form")));
		WebElement record = driver.findElement(By.id("task-record"));
		assertThat(record.getRect().getY()).isLessThan(form.getRect().getY());
		WebElement submit = driver.findElement(By.id("submit-step"));
		assertThat(submit.getRect().getX()).isGreaterThanOrEqualTo(0);
		assertThat(submit.getRect().getX() + submit.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		assertThat(form.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		assertThat(pageScrollWidth(js)).isLessThanOrEqualTo(viewport);
		assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();
	}

	/** A phone's screen: 390 CSS pixels wide (the window itself may not get that narrow in headless Chromium). */
	private void phoneWidth() {
		((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
	}

	/** The number of line boxes the element's visible text takes (1: not broken into a column of characters). */
	private static long lines(org.openqa.selenium.JavascriptExecutor js, WebElement element) {
		return ((Number) js.executeScript("var mids = []; var walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);"
				+ " while (walker.nextNode()) { var n = walker.currentNode; if (!n.textContent.trim() || !n.parentElement.offsetParent) continue;"
				+ " var r = document.createRange(); r.selectNodeContents(n);"
				+ " for (var rect of r.getClientRects()) { if (rect.width > 0) mids.push(rect.top + rect.height / 2); } }"
				+ " mids.sort(function (a, b) { return a - b; }); var lines = mids.length ? 1 : 0;"
				+ " for (var i = 1; i < mids.length; i++) { if (mids[i] - mids[i - 1] > 10) lines++; } return lines;", element)).longValue();
	}

	private static long pageScrollWidth(org.openqa.selenium.JavascriptExecutor js) {
		return ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

}
