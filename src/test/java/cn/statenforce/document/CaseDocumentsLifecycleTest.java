package cn.statenforce.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseCommands;
import cn.statenforce.enforcementcase.CaseEnums;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.enforcementcase.CaseStatus;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * One ordinary case (fine of 20,000 yuan and an order to correct) worked through its documents: each document renders
 * from the case with its merged fields (the test opens the DOCX), the prior notice's and the decision's service
 * complete the case steps and start the statutory clocks, the dossier refuses closure and archiving while an item is
 * missing, and the archive bundle's manifest verifies and fails after one byte is changed.
 */
@StatEnforceTest
class CaseDocumentsLifecycleTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseFixture f;

	@Autowired
	DossierFixture docs;

	@Autowired
	CorrectionService corrections;

	@Autowired
	UserService users;

	@Autowired
	PenaltyDeadlines deadlines;

	@Autowired
	cn.statenforce.evidence.EvidenceFileService evidence;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	private CurrentUser inspector() {
		return f.as("yuhu.inspector1");
	}

	private String text(EnforcementDocument d) {
		return DossierFixture.text(docs.documents.file(inspector(), d.id()).content());
	}

	@Test
	@DisplayName("普通程序罚款案件：文书生成、送达驱动期限、案卷结案归档把关、材料包校验")
	void shouldWorkACaseThroughItsDocumentsToTheVerifiedArchiveBundle() throws IOException {
		EnforcementCase c = f.filed();
		ProcessInstance pi = f.pi(c);
		String party = c.getPartyName();
		String leader = users.findByUsername("yuhu.leader").displayName();
		int year = AppClock.today().getYear();
		// a photo taken on site during the investigation: it goes into the archive bundle with the documents
		evidence.upload(inspector(), "127.0.0.1", cn.statenforce.evidence.EvidenceRecord.CASE, c.getId(),
				List.of(cn.statenforce.attachment.EvidenceFiles.png("现场检查照片（台账）.png")));

		// 立案审批表: the party, the case number and the leader's approval in its box
		EnforcementDocument filing = docs.documents.generate(inspector(), c.getId(), DocumentKind.FILING_APPROVAL);
		// version 2 of the built-in 立案审批表 (version 1 plus the 法定要件核验 table) is the one in force
		assertThat(filing.templateVersion()).isEqualTo(2);
		assertThat(filing.docNumber()).isNull();
		assertThat(text(filing)).contains("统计行政处罚立案审批表", party, c.getCaseNumber(), c.getCreditCode(), "负责人审批意见",
				"同意", leader, "涉嫌提供不真实统计资料");
		// a decision cannot be made before there is one
		assertThatThrownBy(() -> docs.documents.generate(inspector(), c.getId(), DocumentKind.PENALTY_DECISION))
			.isInstanceOf(ConflictException.class).hasMessageContaining("统计行政处罚决定书");

		f.report(c, "FALSE_OR_INCOMPLETE_DATA", "GENERAL", false);
		f.proposeFine(c, 20_000, "如实更正2025年营业收入数据");
		EnforcementDocument report = docs.documents.generate(inspector(), c.getId(), DocumentKind.INVESTIGATION_REPORT);
		assertThat(text(report)).contains("调查终结报告", "虚报营业收入", "现场检查笔录", "第四十四条第一款第（二）项", "一般");

		// 事先告知书: numbered from the register, served through the document — the case's step is done with that day
		EnforcementDocument notice = docs.documents.generate(inspector(), c.getId(), DocumentKind.PRIOR_NOTICE);
		assertThat(notice.docNumber()).matches("雨统罚告〔" + year + "〕[1-9]\\d*号");
		assertThat(text(notice)).contains(notice.docNumber(), party, "警告，并处罚款人民币20000元", "三个工作日内", "陈述和申辩");
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PriorNotice");
		// 留置送达 without a witness is refused and changes nothing
		assertThatThrownBy(() -> docs.documents.recordService(inspector(), notice.id(), new DocumentCommands.Service(
				ServiceMethod.LEFT, AppClock.today(), party, null, null, null, null, "拒绝签收"), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("见证人");
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PriorNotice");
		LocalDate served = AppClock.today();
		docs.documents.recordService(inspector(), notice.id(), new DocumentCommands.Service(ServiceMethod.LEFT, served,
				party + "（法定代表人拒绝签收）", "村委会主任王建国、社区网格员李红", null, null, null, "拒绝签收，留置于前台"),
				List.of(EvidenceFiles.png("事先告知书送达回证.png")));
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordStatement");
		EnforcementCase notified = f.reload(c);
		assertThat(notified.getNoticeServedOn()).isEqualTo(served);
		assertThat(notified.getDefenceDue()).isEqualTo(deadlines.statementDefenceDeadline(served));
		// served documents are final: not generated again, not voided
		assertThatThrownBy(() -> docs.documents.generate(inspector(), c.getId(), DocumentKind.PRIOR_NOTICE))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已送达");
		assertThatThrownBy(() -> docs.documents.voidDocument(inspector(), notice.id(), new DocumentCommands.Void("填错")))
			.isInstanceOf(ConflictException.class);

		f.hearings.recordStatement(inspector(), c.getId(), new CaseCommands.Statement(true, "我单位已整改", false, null, null,
				null, "申辩理由不成立，维持拟处罚", served, CaseEnums.WaiverMethod.RECEIPT_NOTE, null, null));
		execute(job("Task_DetermineGates", pi));
		f.decisions.approveDecision(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意处罚"));
		execute(job("Task_IssueDecision", pi));
		EnforcementCase decided = f.reload(c);

		// 决定书: the case's number, the six items of APL Art 59 and the remedy notice (复议 60日 / 诉讼 6个月)
		EnforcementDocument decision = docs.documents.generate(inspector(), c.getId(), DocumentKind.PENALTY_DECISION);
		assertThat(decision.docNumber()).isEqualTo(decided.getDecisionNumber()).startsWith("雨统罚决〔" + year + "〕");
		String decisionText = text(decision);
		assertThat(decisionText).contains("统计行政处罚决定书", decision.docNumber(), party, c.getCreditCode(), "虚报营业收入",
				"警告，并处罚款人民币20000元", "十五日内", "百分之三", "六十日内向雨湖区人民政府申请行政复议", "六个月内依法向人民法院提起行政诉讼",
				notice.docNumber(), "雨湖区统计局（印章）");
		// voided before service: the number is retired, the next decision document gets a new one and the case takes it
		docs.documents.voidDocument(inspector(), decision.id(), new DocumentCommands.Void("罚款金额大写有误"));
		EnforcementDocument renumbered = docs.documents.generate(inspector(), c.getId(), DocumentKind.PENALTY_DECISION);
		assertThat(renumbered.docNumber()).isNotEqualTo(decision.docNumber()).startsWith("雨统罚决〔" + year + "〕");
		assertThat(f.reload(c).getDecisionNumber()).isEqualTo(renumbered.docNumber());
		assertThat(docs.numbers.register(c.getBureauId(), DocumentKind.PENALTY_DECISION, year))
			.anySatisfy(n -> {
				assertThat(n.docNumber()).isEqualTo(decision.docNumber());
				assertThat(n.voided()).isTrue();
				assertThat(n.voidReason()).isEqualTo("罚款金额大写有误");
			});
		assertThat(text(renumbered)).contains(renumbered.docNumber()).doesNotContain(decision.docNumber());

		// 邮寄送达 needs the tracking number; with it the case's 送达 step is done and the clocks run from that day
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ServeDecision");
		assertThatThrownBy(() -> docs.documents.recordService(inspector(), renumbered.id(), new DocumentCommands.Service(
				ServiceMethod.POST, served, party, null, null, null, null, null), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("邮件号码");
		docs.documents.recordService(inspector(), renumbered.id(), new DocumentCommands.Service(ServiceMethod.POST, served,
				party, null, "1180429475263", null, null, "邮政EMS"), List.of(EvidenceFiles.pdf("EMS签收回执.pdf")));
		EnforcementCase executing = f.reload(c);
		assertThat(executing.getStatus()).isEqualTo(CaseStatus.EXECUTING);
		assertThat(executing.getServedOn()).isEqualTo(served);
		assertThat(executing.getServiceMethod()).isEqualTo("POST");
		assertThat(executing.getPaymentDue()).isEqualTo(deadlines.paymentDueDate(served));
		assertThat(docs.documents.caseDocuments(inspector(), c.getId())).filteredOn(v -> v.document().id().equals(renumbered.id()))
			.singleElement().satisfies(v -> assertThat(v.clocks()).containsExactly(
					"申请行政复议期限至 " + deadlines.administrativeReviewDeadline(served),
					"提起行政诉讼期限至 " + deadlines.litigationDeadline(served)));

		f.execution.publish(inspector(), c.getId(), new CaseCommands.Publication(AppClock.today(), null));
		f.execution.recordPayment(inspector(), c.getId(), new CaseCommands.Payment(AppClock.today(), BigDecimal.valueOf(20_000)));
		execute(job("Task_OpenCorrection", pi));
		corrections.recheck(f.as("yuhu.inspector2"), f.reload(c).getCorrectionId(), true, "已如实更正");
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveClosure");

		// 结案 is refused while the decision approval form and the order to correct (made and served) are missing
		assertThatThrownBy(() -> f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意结案")))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("统计行政处罚决定审批表（尚未制作）")
			.hasMessageContaining("责令改正通知书及送达回证（尚未制作）")
			.hasMessageNotContaining("事先告知书");
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.EXECUTING);
		BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ApproveClosure");
		EnforcementDocument approval = docs.documents.generate(inspector(), c.getId(), DocumentKind.DECISION_APPROVAL);
		assertThat(text(approval)).contains("统计行政处罚决定审批表", "同意处罚", leader, "申辩理由不成立");
		EnforcementDocument order = docs.documents.generate(inspector(), c.getId(), DocumentKind.CORRECTION_ORDER);
		assertThat(order.docNumber()).matches("雨统责改〔" + year + "〕[1-9]\\d*号");
		assertThat(text(order)).contains("责令改正通知书", "如实更正2025年营业收入数据", "第二十八条");
		// served directly but without the signed receipt scanned: still missing
		docs.documents.recordService(inspector(), order.id(), DossierFixture.direct(AppClock.today(), party), List.of());
		assertThatThrownBy(() -> f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意结案")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("缺少送达回证扫描件");
		// the signed receipt comes back later: it is attached to the service as it was recorded
		docs.documents.attachReceipt(inspector(), order.id(), List.of(EvidenceFiles.pdf("责令改正通知书送达回证.pdf")));
		EnforcementDocument receiptForm = docs.documents.generateReceipt(inspector(), order.id());
		assertThat(text(receiptForm)).contains("送达回证", "《责令改正通知书》" + order.docNumber(), party);
		f.closure.approveClosure(f.as("yuhu.leader"), c.getId(), new CaseCommands.Approval(true, "同意结案"));
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.CLOSED);

		// 归档 also needs the closing approval form, with the leader's opinion and the execution
		assertThatThrownBy(() -> f.closure.archive(inspector(), c.getId(), new CaseCommands.Archive("2026-AJ-0107")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("统计行政处罚结案审批表（尚未制作）");
		EnforcementDocument closing = docs.documents.generate(inspector(), c.getId(), DocumentKind.CLOSING_APPROVAL);
		assertThat(text(closing)).contains("结案审批表", "同意结案", leader, "缴纳罚款人民币20000元", "已于");
		f.closure.archive(inspector(), c.getId(), new CaseCommands.Archive("2026-AJ-0107"));
		assertThat(f.reload(c).getStatus()).isEqualTo(CaseStatus.ARCHIVED);

		// the archive bundle: 卷内目录, every current document, the receipts and the manifest
		ArchiveBundleService.Bundle bundle = docs.bundles.bundle(inspector(), c.getId());
		Map<String, byte[]> entries = unzip(bundle.content());
		assertThat(entries.keySet()).contains("00_卷内目录.docx", ArchiveBundleVerifier.MANIFEST)
			.anyMatch(n -> n.startsWith("文书/") && n.contains(renumbered.docNumber()))
			.anyMatch(n -> n.startsWith("送达回证/") && n.endsWith("EMS签收回执.pdf"))
			.anyMatch(n -> n.startsWith("证据材料/") && n.endsWith("现场检查照片（台账）.png"))
			.noneMatch(n -> n.contains(decision.docNumber()));
		// the files the documents table holds (current ones) plus their receipts, the one evidence file, the contents
		// and the manifest
		long current = docs.documents.caseDocuments(inspector(), c.getId()).stream().filter(v -> v.document().current()).count();
		assertThat(entries).hasSize((int) current + 3 + 1 + 2);
		String photo = entries.keySet().stream().filter(n -> n.startsWith("证据材料/")).findFirst().orElseThrow();
		assertThat(cn.statenforce.attachment.AttachmentService.sha256(entries.get(photo)))
			.isEqualTo(cn.statenforce.attachment.AttachmentService.sha256(cn.statenforce.attachment.EvidenceFiles
				.png("x.png").bytes()));
		assertThat(DossierFixture.text(entries.get("00_卷内目录.docx"))).contains("卷内目录", c.getCaseNumber(),
				"统计行政处罚决定书", renumbered.docNumber(), "统计行政处罚结案审批表", "证据材料：现场检查照片（台账）.png");
		assertThat(new String(entries.get(ArchiveBundleVerifier.MANIFEST), StandardCharsets.UTF_8).lines())
			.hasSize(entries.size() - 1).allMatch(l -> l.matches("[0-9a-f]{64}  \\S.*"));
		ArchiveBundleService.Verification ok = docs.bundles.verify(inspector(), bundle.content());
		assertThat(ok.valid()).isTrue();
		assertThat(ok.problems()).isEmpty();
		assertThat(ok.issued().caseId()).isEqualTo(c.getId());

		// one byte changed in the decision: caught, naming the file
		String decisionEntry = entries.keySet().stream().filter(n -> n.contains(renumbered.docNumber())).findFirst().orElseThrow();
		Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
		byte[] changed = tampered.get(decisionEntry).clone();
		changed[changed.length / 2] ^= 0x01;
		tampered.put(decisionEntry, changed);
		ArchiveBundleService.Verification bad = docs.bundles.verify(inspector(), zip(tampered));
		assertThat(bad.valid()).isFalse();
		assertThat(bad.problems()).containsExactly("文件已被改动（SHA-256 不符）：" + decisionEntry);

		// the manifest rewritten to match: the files agree, but it is not the manifest the system issued
		StringBuilder manifest = new StringBuilder();
		tampered.forEach((n, b) -> {
			if (!n.equals(ArchiveBundleVerifier.MANIFEST)) {
				manifest.append(cn.statenforce.attachment.AttachmentService.sha256(b)).append("  ").append(n).append('\n');
			}
		});
		tampered.put(ArchiveBundleVerifier.MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
		ArchiveBundleService.Verification rewritten = docs.bundles.verify(inspector(), zip(tampered));
		assertThat(rewritten.valid()).isFalse();
		assertThat(rewritten.problems()).singleElement().asString().contains("清单可能被改写");
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> m = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				m.put(e.getName(), in.readAllBytes());
			}
		}
		return m;
	}

	static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> e : files.entrySet()) {
				z.putNextEntry(new ZipEntry(e.getKey()));
				z.write(e.getValue());
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
