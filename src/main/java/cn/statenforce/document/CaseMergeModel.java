package cn.statenforce.document;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.CaseChecklist;
import cn.statenforce.enforcementcase.CaseDetails;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseParts;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.UserService;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.penalty.PenaltyPolicy;
import cn.statenforce.shared.AppClock;

import static cn.statenforce.document.ChineseText.date;
import static cn.statenforce.document.ChineseText.number;
import static cn.statenforce.document.ChineseText.yuan;

/**
 * The merge fields of a case's documents, all from the case record: the party, the facts and evidence, the
 * proposal and decision, each signer's opinion, name and date for the approval boxes (the latest opinion of its kind,
 * the one that stands), and the statutory periods printed in the text from the penalty rules (陈述申辩 days, 15 days to
 * pay, 3% a day late charge) and {@link PenaltyDeadlines} (复议 60 days, 诉讼 6 months). Every template may use any of
 * {@link #FIELDS}; an uploaded template with another field is refused.
 */
@Component
class CaseMergeModel {

	/** Every field a template may use. */
	static final Set<String> FIELDS = Set.of("bureauName", "docNumber", "caseNumber", "partyName", "creditCode",
			"legalRepresentative", "partyAddress", "cause", "findings", "sourceLabel", "filedOnText", "inspectorsText",
			"inspectorsNames", "handlerName", "facts", "evidenceList", "violatedArticles", "legalBasis",
			"legalBasisSentence", "circumstanceLabel", "reportOpinion", "reportedOnText", "proposedPenaltyText",
			"statementDaysText", "hearingRightText", "hearingDateText", "hearingPlace", "hearingChairName", "issuedOnText",
			"assessmentOpinion", "assessmentSigner", "assessmentDate", "filingOpinion", "filingSigner", "filingDate",
			"legalReviewOpinion", "legalReviewSigner", "legalReviewDate", "legalReviewConclusion", "discussionOpinion",
			"discussionSigner", "discussionDate", "proposalOpinion", "proposalSigner", "proposalDate",
			"decisionApprovalOpinion", "decisionApprovalSigner", "decisionApprovalDate", "closureOpinion",
			"closureSigner", "closureDate", "statementSummary", "procedureSentence", "noticeSentence", "penaltyText",
			"correctionText", "paymentText", "reviewDaysText", "reviewBody", "litigationMonthsText", "decidedOnText",
			"correctionMeasure", "correctionDeadlineText", "servedTitle", "servedNumber", "outcomeText", "executionText",
			"publicationText", "generatedAtText", DocumentRenderer.ITEMS, "inspectionDateText", "inspectionScope",
			"materials", "contactName", "contactPhone", "planNumber", "planTitle", "sourceText", "problemsText",
			"measuresText", "mechanismsText", "reportDueText", "recheckText", "reportContent", "planLeaderName",
			"statusText", DocumentRenderer.CHECKS, "checksNote");

	private static final String LAW = "《中华人民共和国统计法》";

	private final PenaltyPolicy policy;

	private final DocumentNumbers numbers;

	private final UserService users;

	private final CaseChecklist checklist;

	CaseMergeModel(PenaltyPolicy policy, DocumentNumbers numbers, UserService users, CaseChecklist checklist) {
		this.checklist = checklist;
		this.policy = policy;
		this.numbers = numbers;
		this.users = users;
	}

	/** The fields of the case; {@code docNumber} is the number of the document being made (or blank). */
	Map<String, Object> of(CaseDetails d, Bureau bureau, String docNumber) {
		EnforcementCase c = d.enforcementCase();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("bureauName", bureau.name());
		m.put("docNumber", nz(docNumber));
		m.put("caseNumber", nz(c.displayNumber()));
		m.put("partyName", c.getPartyName());
		m.put("creditCode", nz(c.getCreditCode()));
		m.put("legalRepresentative", nz(c.getLegalRepresentative()));
		m.put("partyAddress", nz(c.getPartyAddress()));
		m.put("cause", c.getCause());
		m.put("findings", c.getFindings());
		m.put("sourceLabel", c.sourceLabel());
		m.put("filedOnText", date(c.getFiledOn()));
		List<CaseParts.Inspector> team = d.inspectors().stream().filter(i -> !i.recused()).toList();
		m.put("inspectorsText", team.stream().map(i -> i.displayName() + "（执法证号 " + i.certNumber() + "）")
			.collect(Collectors.joining("、")));
		m.put("inspectorsNames", team.stream().map(CaseParts.Inspector::displayName).collect(Collectors.joining("、")));
		m.put("handlerName", displayName(c.getHandler()));
		m.put("facts", facts(d));
		m.put("evidenceList", evidence(d));
		m.put("violatedArticles", d.violations().stream().map(v -> LAW + v.article()).distinct()
			.collect(Collectors.joining("、")));
		String basis = legalBasis(d);
		m.put("legalBasis", basis);
		m.put("legalBasisSentence", basis.isEmpty() ? "" : "依据" + basis + "的规定。");
		m.put("circumstanceLabel", circumstance(c.getCircumstance()));
		m.put("reportedOnText", date(c.getReportedOn()));
		m.put("proposedPenaltyText", penalty(c.getProposedOutcome(), c.getProposedFine() == null ? null : yuan(c.getProposedFine()),
				c.getProposal()));
		m.put("statementDaysText", number(policy.statementDefenceWorkingDays()));
		m.put("hearingRightText", c.isHearingRight() ? "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有权要求举行听证。"
				+ "如要求听证，请在收到本告知书之日起" + number(policy.hearingRequestWorkingDays()) + "个工作日内向本局提出；逾期未提出的，视为放弃听证权利。" : "");
		m.put("hearingDateText", date(c.getHearingDate()));
		m.put("hearingPlace", bureau.name());
		m.put("hearingChairName", displayName(c.getHearingChair()));
		m.put("issuedOnText", date(AppClock.today()));
		box(m, d, "assessment", OpinionKind.ASSESSMENT);
		box(m, d, "filing", OpinionKind.FILING_APPROVAL);
		box(m, d, "legalReview", OpinionKind.LEGAL_REVIEW);
		box(m, d, "discussion", OpinionKind.COLLECTIVE_DISCUSSION);
		box(m, d, "proposal", OpinionKind.PROPOSAL);
		box(m, d, "decisionApproval", OpinionKind.DECISION_APPROVAL);
		box(m, d, "closure", OpinionKind.CLOSURE_APPROVAL);
		m.put("reportOpinion", latest(d, OpinionKind.INVESTIGATION_REPORT).map(CaseParts.Opinion::opinion).orElse(""));
		m.put("legalReviewConclusion", c.isLegalReviewRequired() ? (c.isLegalReviewPassed() ? "审核通过" : "审核未通过") : "");
		m.put("statementSummary", statementSummary(d));
		m.put("procedureSentence", procedure(c));
		m.put("noticeSentence", notice(c));
		m.put("penaltyText", penalty(c.getPenaltyOutcome(), c.getFineAmount() == null ? null : yuan(c.getFineAmount()),
				c.getDecisionOutcome()));
		m.put("correctionText", c.isCorrectionOrdered() ? "同时责令当事人于" + date(c.getCorrectionDeadline()) + "前改正："
				+ c.getCorrectionMeasure() + "。" : "");
		m.put("paymentText", c.fineDue() ? "当事人应当自收到本决定书之日起" + number(policy.paymentDays())
				+ "日内，将罚款缴至指定银行或者通过电子支付系统缴纳。到期不缴纳罚款的，本局可以每日按罚款数额的百分之"
				+ number(policy.lateChargePercentPerDay().intValue()) + "加处罚款，加处罚款的数额不得超出罚款的数额。" : "");
		m.put("reviewDaysText", number(PenaltyDeadlines.ADMINISTRATIVE_REVIEW_DAYS));
		m.put("reviewBody", reviewBody(bureau));
		m.put("litigationMonthsText", number(PenaltyDeadlines.LITIGATION_MONTHS));
		m.put("decidedOnText", date(c.getDecidedOn()));
		m.put("correctionMeasure", nz(c.getCorrectionMeasure()));
		m.put("correctionDeadlineText", date(c.getCorrectionDeadline()));
		m.put("servedTitle", "");
		m.put("servedNumber", "");
		m.put("outcomeText", c.getDecisionOutcome() == null ? "" : c.getDecisionOutcome().label()
				+ (c.getDecisionNumber() == null ? "" : "（" + c.getDecisionNumber() + "）")
				+ (c.getPenaltyOutcome() == null ? "" : "：" + penalty(c.getPenaltyOutcome(),
						c.getFineAmount() == null ? null : yuan(c.getFineAmount()), c.getDecisionOutcome())));
		m.put("executionText", execution(c));
		m.put("publicationText", c.getPublishedOn() == null ? (c.publishable() ? "尚未公示" : "无需公示")
				: "已于" + date(c.getPublishedOn()) + "公示");
		m.put("generatedAtText", ChineseText.dateTime(AppClock.now()));
		m.put(DocumentRenderer.ITEMS, List.of());
		m.put(DocumentRenderer.CHECKS, List.of());
		m.put("checksNote", "");
		m.put("inspectionDateText", "");
		m.put("inspectionScope", "");
		m.put("materials", "");
		m.put("contactName", displayName(c.getHandler()));
		m.put("contactPhone", "");
		return m;
	}

	/** The step whose 法定要件核验 an approval sheet prints. */
	private static final Map<DocumentKind, String> CHECKLIST_STEPS = Map.of(
			DocumentKind.FILING_APPROVAL, EnforcementCaseProcess.TASK_APPROVE_FILING,
			DocumentKind.LEGAL_REVIEW, EnforcementCaseProcess.TASK_LEGAL_REVIEW,
			DocumentKind.DECISION_APPROVAL, EnforcementCaseProcess.TASK_APPROVE_DECISION,
			DocumentKind.CLOSING_APPROVAL, EnforcementCaseProcess.TASK_APPROVE_CLOSURE);

	/**
	 * The 法定要件核验 rows of an approval sheet ({@code checks}, {@code checksNote}): the checklist as it stood when the
	 * approval was given, kept with it; before the approval, a note that it is checked then. Other kinds: nothing.
	 */
	void putChecklist(Map<String, Object> m, long caseId, DocumentKind kind) {
		String step = CHECKLIST_STEPS.get(kind);
		if (step == null) {
			return;
		}
		CaseChecklist.Recorded r = checklist.recorded(caseId, step);
		if (r == null) {
			m.put("checksNote", "本环节尚未办理，审批时由系统逐项核验并记载。");
			return;
		}
		m.put("checksNote", "核验时间：" + ChineseText.dateTime(r.recordedAt()) + "，办理人：" + r.actorName()
				+ "。以下为办理时各项法定要件的核验结果。");
		List<Map<String, String>> rows = new java.util.ArrayList<>();
		for (CaseChecklist.Check k : r.lines()) {
			rows.add(Map.of("requirement", k.requirement(), "state", k.met() ? "满足" : "不满足", "detail", k.detail()));
		}
		m.put(DocumentRenderer.CHECKS, rows);
	}

	private static String facts(CaseDetails d) {
		if (d.violations().isEmpty()) {
			return d.enforcementCase().getFindings();
		}
		StringBuilder s = new StringBuilder();
		int n = 1;
		for (CaseParts.Violation v : d.violations()) {
			s.append(d.violations().size() > 1 ? n++ + "．" : "").append(v.description()).append("。");
		}
		return s.toString().replace("。。", "。");
	}

	private static String evidence(CaseDetails d) {
		StringBuilder s = new StringBuilder();
		int n = 1;
		for (CaseParts.Evidence e : d.evidence()) {
			s.append(n == 1 ? "" : "；").append(n++).append("．").append(e.title()).append("（").append(e.kindLabel())
				.append("，").append(date(e.collectedOn())).append("）");
		}
		return s.isEmpty() ? "" : s.append("。").toString();
	}

	private static String legalBasis(CaseDetails d) {
		Set<String> basis = new LinkedHashSet<>();
		d.violations().stream().map(CaseParts.Violation::recLegalBasis).filter(Objects::nonNull).forEach(basis::add);
		if (basis.isEmpty() && d.enforcementCase().getRecLegalBasis() != null) {
			basis.add(d.enforcementCase().getRecLegalBasis());
		}
		return String.join("、", basis);
	}

	private static String circumstance(String c) {
		return c == null ? "" : switch (c) {
			case "MINOR" -> "轻微";
			case "GENERAL" -> "一般";
			case "SERIOUS" -> "严重";
			default -> c;
		};
	}

	/** 警告 / 通报批评 / 警告，并处罚款人民币N元; a no-penalty disposition by its label. */
	static String penalty(String outcome, String fine, Disposition disposition) {
		if (disposition != null && disposition != Disposition.PENALTY) {
			return disposition.label();
		}
		if (outcome == null) {
			return "";
		}
		return switch (outcome) {
			case "WARNING" -> "警告";
			case "CIRCULATE" -> "通报批评";
			case "WARNING_AND_FINE" -> "警告，并处罚款人民币" + fine + "元";
			case "NO_PENALTY" -> "不予行政处罚";
			default -> outcome;
		};
	}

	private String procedure(EnforcementCase c) {
		if ("SUMMARY".equals(c.getProcedureType())) {
			return "本局执法人员于" + date(c.getDecidedOn()) + "依法对当事人进行检查，当场查明违法事实。违法事实确凿并有法定依据，"
					+ "依照《中华人民共和国行政处罚法》第五十一条、第五十二条的规定，适用简易程序当场作出行政处罚决定。";
		}
		return "当事人" + c.getCause() + "一案，本局于" + date(c.getFiledOn()) + "依法立案调查，现已调查终结。";
	}

	private String notice(EnforcementCase c) {
		if (c.getNoticeServedOn() == null) {
			return "";
		}
		IssuedNumber n = numbers.issuedTo(cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE,
				c.getId(), DocumentKind.PRIOR_NOTICE);
		String s = "本局于" + date(c.getNoticeServedOn()) + "向当事人送达了《统计行政处罚事先告知书》"
				+ (n == null ? "" : "（" + n.docNumber() + "）") + "，告知当事人拟作出行政处罚的事实、理由、依据和处罚内容，并告知当事人依法享有陈述、申辩"
				+ (c.isHearingRight() ? "和要求听证" : "") + "的权利。";
		if (c.isHearingHeld()) {
			s += "应当事人要求，本局于" + date(c.getHearingDate()) + "依法举行了听证。";
		}
		else if (c.getStatementWaivedOn() != null) {
			s += "当事人于" + date(c.getStatementWaivedOn()) + "明确表示放弃陈述、申辩权利。";
		}
		return s;
	}

	private static String statementSummary(CaseDetails d) {
		return latest(d, OpinionKind.STATEMENT).map(CaseParts.Opinion::opinion).orElse("")
				+ latest(d, OpinionKind.HEARING).map(o -> "；听证：" + o.opinion()).orElse("");
	}

	private static String execution(EnforcementCase c) {
		if (c.getPaidOn() != null) {
			return "当事人已于" + date(c.getPaidOn()) + "缴纳罚款人民币" + yuan(c.getPaidAmount()) + "元"
					+ (c.getLateCharge() != null && c.getLateCharge().signum() > 0 ? "（含加处罚款" + yuan(c.getLateCharge()) + "元）" : "")
					+ "。";
		}
		if (c.getTransferredTo() != null) {
			return "已移送" + c.getTransferredTo() + "。";
		}
		return c.fineDue() ? "罚款尚未缴纳。" : "无罚款执行事项。";
	}

	/**
	 * 行政复议机关: a county-level or higher government department's act is reviewed by the government at its level
	 * (《行政复议法》第二十四条第一款第（一）项), so 雨湖区统计局 → 雨湖区人民政府.
	 */
	static String reviewBody(Bureau b) {
		String name = b.name();
		return name.endsWith("统计局") ? name.substring(0, name.length() - 3) + "人民政府" : "本级人民政府";
	}

	private static void box(Map<String, Object> m, CaseDetails d, String prefix, OpinionKind kind) {
		Optional<CaseParts.Opinion> o = latest(d, kind);
		m.put(prefix + "Opinion", o.map(x -> (x.approved() == null ? "" : x.approved() ? "同意。" : "不同意。") + x.opinion())
			.orElse(""));
		m.put(prefix + "Signer", o.map(CaseParts.Opinion::actorName).orElse(""));
		m.put(prefix + "Date", o.map(x -> date(x.createdAt().toLocalDate())).orElse(""));
	}

	private static Optional<CaseParts.Opinion> latest(CaseDetails d, OpinionKind kind) {
		return d.opinions().stream().filter(o -> o.kind().equals(kind.name()))
			.max(Comparator.comparing(CaseParts.Opinion::createdAt).thenComparing(CaseParts.Opinion::id));
	}

	private String displayName(String username) {
		if (username == null) {
			return "";
		}
		var u = users.findByUsername(username);
		return u == null ? username : u.displayName();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
