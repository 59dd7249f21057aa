package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.DocumentNumbers;
import cn.statenforce.document.IssuedNumber;
import cn.statenforce.document.RecordDocuments;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

/**
 * The rectification's papers, filled from its records: the 整改通知书 (the bureau's notice to the responsible units, or
 * to the enterprise of a correction, of the problems, measures and deadlines; it takes a 文号 from the register once,
 * when it is made) and the 整改情况报告 (the problems, measures, re-check and long-term mechanisms as they stand, with
 * the report the plan leader submitted; not numbered).
 */
@Service
public class RectificationDocuments {

	private static final String WHAT = "整改通知书";

	private final RectificationService plans;

	private final CorrectionService corrections;

	private final DocumentNumbers numbers;

	private final RecordDocuments documents;

	private final BureauService bureaus;

	private final UserService users;

	RectificationDocuments(RectificationService plans, CorrectionService corrections, DocumentNumbers numbers,
			RecordDocuments documents, BureauService bureaus, UserService users) {
		this.plans = plans;
		this.corrections = corrections;
		this.numbers = numbers;
		this.documents = documents;
		this.bureaus = bureaus;
		this.users = users;
	}

	/** A PDF converter is installed (the plan page then offers 在线查看). */
	public boolean pdfAvailable() {
		return documents.pdfAvailable();
	}

	/** The notice's 文号 if it was made, else null. */
	public String noticeNumber(CurrentUser user, long planId) {
		plans.plan(user, planId);
		IssuedNumber n = numbers.issuedTo(RectificationService.SUBJECT_PLAN, planId, DocumentKind.RECTIFICATION_NOTICE);
		return n == null ? null : n.docNumber();
	}

	/**
	 * 制作整改通知书: the plan's notice takes the bureau's next 整通 number (once; made again it keeps it). 409 while the
	 * plan has no measure yet or was discarded.
	 */
	@Transactional
	public String makeNotice(CurrentUser user, long planId) {
		Plan plan = plans.plan(user, planId);
		bureaus.ensureWritable(user, plan.bureauId(), WHAT);
		if (plan.planStatus() == PlanStatus.DISCARDED) {
			throw new ConflictException("整改方案已作废，不能制作整改通知书");
		}
		if (plans.measures(user, planId).isEmpty()) {
			throw new ConflictException("整改方案尚无整改措施，不能制作整改通知书");
		}
		IssuedNumber n = numbers.issuedTo(RectificationService.SUBJECT_PLAN, planId, DocumentKind.RECTIFICATION_NOTICE);
		if (n == null) {
			n = numbers.issue(plan.bureauId(), DocumentKind.RECTIFICATION_NOTICE, AppClock.today().getYear(),
					RectificationService.SUBJECT_PLAN, planId, user.username());
		}
		return n.docNumber();
	}

	/** The 整改通知书 with its number (409 until it was made). */
	public RecordDocuments.Rendered notice(CurrentUser user, long planId) {
		String number = noticeNumber(user, planId);
		if (number == null) {
			throw new ConflictException("请先制作整改通知书（取得文号）");
		}
		Plan plan = plans.plan(user, planId);
		Map<String, Object> m = fields(user, plan);
		m.put("docNumber", number);
		return documents.render(plan.bureauId(), DocumentKind.RECTIFICATION_NOTICE, m, number);
	}

	/** The 整改情况报告 as the plan stands now. */
	public RecordDocuments.Rendered report(CurrentUser user, long planId) {
		Plan plan = plans.plan(user, planId);
		Map<String, Object> m = fields(user, plan);
		m.put("reportContent", plan.reportContent() != null && !plan.reportContent().isBlank() ? plan.reportContent().strip()
				: "（整改情况报告尚未报送）");
		return documents.render(plan.bureauId(), DocumentKind.RECTIFICATION_REPORT, m, plan.planNumber());
	}

	Map<String, Object> fields(CurrentUser user, Plan plan) {
		List<Problem> problems = plans.problems(user, plan.id());
		List<Measure> measures = plans.measures(user, plan.id());
		Map<Long, Integer> problemSeq = new HashMap<>();
		problems.forEach(p -> problemSeq.put(p.id(), p.seq()));
		Map<String, Object> m = new HashMap<>();
		Set<String> owners = new LinkedHashSet<>();
		measures.forEach(x -> owners.add(x.ownerName()));
		m.put("partyName", String.join("、", owners));
		m.put("planNumber", plan.planNumber());
		m.put("planTitle", plan.title());
		m.put("sourceText", plan.sourceLabel() + (plan.sourceBody() == null ? "" : "（" + plan.sourceBody() + "）")
				+ (plan.documentNumber() == null ? "" : plan.documentNumber()));
		m.put("problemsText", problems.stream()
			.map(p -> p.seq() + ". " + p.description() + "（" + p.statusLabel() + "）").collect(Collectors.joining("\n")));
		m.put("measuresText", measures.stream()
			.map(x -> problemSeq.getOrDefault(x.problemId(), 0) + "." + x.seq() + " " + x.content() + "；责任单位："
					+ x.ownerName() + (x.leaderName() == null ? "" : "，责任领导：" + x.leaderName()) + "；完成时限："
					+ (x.deadline() == null ? "长期坚持" : date(x.deadline())) + "（" + x.statusLabel() + "）")
			.collect(Collectors.joining("\n")));
		m.put("mechanismsText", plans.mechanisms(user, plan.id()).stream()
			.map(x -> "长效机制：" + x.title() + "（" + date(x.establishedOn()) + "建立）").collect(Collectors.joining("\n")));
		m.put("reportDueText", date(plan.reportDue()));
		m.put("planLeaderName", plan.planLeader() == null ? "" : users.summary(plan.planLeader()).displayName());
		m.put("statusText", plan.statusLabel());
		m.put("recheckText", plan.isCorrection() ? recheck(user, plan) : "");
		return m;
	}

	private String recheck(CurrentUser user, Plan plan) {
		Correction c = corrections.correction(user, plan.id());
		String team = corrections.displayNames(c.inspectorList());
		if (!c.isRechecked()) {
			return "本局将于" + date(c.recheckDue()) + "前由执法人员" + team + "进行复查。";
		}
		return date(c.recheckedOn()) + "经执法人员" + corrections.displayNames(c.recheckTeamList()) + "复查，" + c.resultLabel()
				+ (c.opinion() == null ? "。" : "：" + c.opinion() + "。");
	}

	private static String date(LocalDate d) {
		return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

}
