package cn.statenforce.document.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.BrowserSupport;
import cn.statenforce.WebTestSupport;
import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DossierFixture;
import cn.statenforce.document.EnforcementDocument;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.EnforcementCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * In a real browser: an inspector opens a decided case, downloads the 行政处罚决定书 from the case page, and the file
 * saved is the DOCX with the decision's number and the party; the documents page lists it with its template version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionDownloadBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	DossierFixture docs;

	WebDriver driver;

	Path downloads;

	@BeforeEach
	void open() throws Exception {
		BpmnAwareTests.init(engine);
		downloads = Files.createTempDirectory("statenforce-downloads");
		driver = BrowserSupport.newDriver(downloads);
	}

	@AfterEach
	void close() {
		driver.quit();
	}

	/** A fine of 8,000 yuan decided by the leader: the decision is numbered and its document made. */
	private EnforcementDocument decidedCase() {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		f.report(c, "FALSE_OR_INCOMPLETE_DATA", "GENERAL", false);
		f.proposeFine(c, 8_000, "如实更正2025年从业人员期末人数");
		f.noticeAndStatement(c, false);
		execute(job("Task_DetermineGates", pi));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意处罚"));
		execute(job("Task_IssueDecision", pi));
		return docs.documents.generate(f.as("yuhu.inspector1"), c.getId(), DocumentKind.PENALTY_DECISION);
	}

	@Test
	void shouldDownloadTheDecisionFromTheCasePage() throws Exception {
		EnforcementDocument decision = decidedCase();
		String base = "http://127.0.0.1:" + port;
		BrowserSupport.login(driver, base, "yuhu.inspector1", WebTestSupport.DEMO_PASSWORD);
		driver.get(base + "/cases/" + decision.subjectId());
		WebElement link = driver.findElement(By.cssSelector("#case-documents li[data-kind='PENALTY_DECISION'] a.document-download"));
		assertThat(link.getText()).contains("统计行政处罚决定书", decision.docNumber());
		BrowserSupport.click(driver, link);
		Path saved = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> docx(downloads));
		assertThat(saved.getFileName().toString()).isEqualTo(decision.fileName());
		String text = DossierFixture.text(Files.readAllBytes(saved));
		assertThat(text).contains("统计行政处罚决定书", decision.docNumber(), f.queries.getUnchecked(decision.subjectId()).getPartyName(),
				"警告，并处罚款人民币8000元", "六十日内向雨湖区人民政府申请行政复议");

		driver.get(base + "/cases/" + decision.subjectId() + "/documents");
		String row = driver.findElement(By.cssSelector("#documents tr[data-kind='PENALTY_DECISION']")).getText();
		assertThat(row).contains(decision.docNumber(), "第1版", "有效");
		assertThat(driver.findElement(By.id("dossier")).getText()).contains("统计行政处罚决定书及送达回证", "尚未登记送达");
	}

	/** The finished download (Chromium writes *.crdownload until it is complete), or null. */
	private static Path docx(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> done = files.filter(p -> p.getFileName().toString().endsWith(".docx")).toList();
			return done.isEmpty() ? null : done.get(0);
		}
		catch (java.io.IOException e) {
			return null;
		}
	}

}
