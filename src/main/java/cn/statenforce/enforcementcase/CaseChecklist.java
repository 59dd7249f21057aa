package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.document.DossierItem;
import cn.statenforce.document.DossierService;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * 法定要件核验 of 处罚决定审批: every requirement the law sets before the approver decides, with its state on the
 * day, the reason when it fails and where on the case page the record that proves it is. The lines are the rules the
 * decision itself enforces — the same methods ({@link EnforcementCase#decide} for the gates and the party's windows,
 * {@link CaseDateRules#decision} for the order of dates, {@link #lawfulOutcomeBlock} and {@link #approverBlock},
 * which {@link CaseDecisionService#approveDecision} calls) — so a line that fails is exactly what refuses the
 * approval, in the same words.
 *
 * <p>The same holds for 立案审批 ({@link #filingApproval}: {@link CaseIntakeService#approveFiling}), 法制审核
 * ({@link #legalReview}: {@link CaseDecisionService#legalReview}, the items of 《行政处罚法》第五十八条) and 结案审批
 * ({@link #closureApproval}: {@link CaseClosureService#approveClosure}, with the dossier gate of
 * {@link DossierService#closureBlock}). Each approval keeps the checklist as it stood when it was given
 * ({@link #record}), which the approval sheets print ({@link #recorded}).
 */
@Service
public class CaseChecklist {

	/**
	 * One requirement.
	 *
	 * @param requirement what the law requires, in Chinese
	 * @param met whether it holds today
	 * @param detail the state (when met) or why not (the refusal's words)
	 * @param anchor the section of the case page with the record it rests on ({@code #timeline}, {@code #documents}…)
	 */
	public record Check(String requirement, boolean met, String detail, String anchor) {
	}

	/** The checklist kept with an approval: when and by whom it was given, and its lines as they stood. */
	public record Recorded(String step, String actorName, java.time.LocalDateTime recordedAt, List<Check> lines) {
	}

	private final EnforcementCaseMapper mapper;

	private final PenaltyAdvisor penalty;

	private final EnterpriseService enterprises;

	private final BureauService bureaus;

	/** lazily: the dossier reads the case through services that use this checklist */
	private final ObjectProvider<DossierService> dossier;

	CaseChecklist(EnforcementCaseMapper mapper, PenaltyAdvisor penalty, EnterpriseService enterprises,
			BureauService bureaus, ObjectProvider<DossierService> dossier) {
		this.mapper = mapper;
		this.penalty = penalty;
		this.enterprises = enterprises;
		this.bureaus = bureaus;
		this.dossier = dossier;
	}

	/** The reason of the first line that fails (the words the approval is refused with), or null when all hold. */
	public static String firstFailure(List<Check> checks) {
		return checks.stream().filter(k -> !k.met()).map(Check::detail).findFirst().orElse(null);
	}

	// ---------------------------------------------------------------- 立案审批

	/**
	 * The requirements of 立案审批 (《行政处罚法》第五十四条 and the filing conditions of the 统计执法监督检查办法): the
	 * approver is neither the lead's handler nor an investigator, the conduct is within the limitation period
	 * (第三十六条) and the party is within the bureau's jurisdiction.
	 */
	public List<Check> filingApproval(CurrentUser user, EnforcementCase c) {
		List<Check> out = new ArrayList<>();
		String approver = filingApproverBlock(user, c);
		out.add(new Check("审批人不是本案线索承办人或调查人员（调查与决定分离）", approver == null,
				approver == null ? "审批人 " + user.displayName() + " 未承办本案线索，未参与调查" : approver, "#team"));
		String jurisdiction = jurisdictionBlock(c);
		out.add(new Check("属本局管辖（当事人在本局或下级统计局的名录库中）", jurisdiction == null,
				jurisdiction == null ? "当事人 " + c.getPartyName() + "（" + nz(c.getCreditCode()) + "）在本局管辖范围内" : jurisdiction,
				"#timeline"));
		String limitation = limitationBlock(c);
		out.add(new Check("未超过追责时效（《行政处罚法》第三十六条）", limitation == null,
				limitation == null ? "违法行为发生于 " + c.getConductDate() + "，于 " + c.discoveredOn() + " 发现（线索登记），未超过追责时效"
						: limitation,
				"#timeline"));
		return out;
	}

	/** Null unless {@code user} registered or assessed the lead, or investigates the case (may not approve filing). */
	String filingApproverBlock(CurrentUser user, EnforcementCase c) {
		return user.username().equals(c.getHandler())
				|| mapper.selectInspectors(c.getId()).stream().anyMatch(i -> i.username().equals(user.username()))
						? "审批人不得为本案线索承办人或调查人员" : null;
	}

	/** Null while the conduct may still be punished (《行政处罚法》第三十六条), else why no case may be filed. */
	String limitationBlock(EnforcementCase c) {
		return penalty.isTimeBarred(c) ? penalty.timeBarredReason(c) + "，不能立案" : null;
	}

	/** Null when the party is in the directory of the case's bureau or one below it, else why it is not the bureau's. */
	String jurisdictionBlock(EnforcementCase c) {
		long partyBureau = enterprises.getUnchecked(c.getEnterpriseId()).bureauId();
		return bureaus.isWithin(partyBureau, c.getBureauId()) ? null
				: "当事人单位不在本局及下级统计局的名录库中，本局无管辖权";
	}

	// ---------------------------------------------------------------- 法制审核

	/**
	 * The items the legal reviewer checks (《行政处罚法》第五十八条; the 法制审核意见表: authority, jurisdiction, facts,
	 * evidence, procedure, law, discretion): the bureau's jurisdiction, two inspectors with valid certificates who did
	 * not withdraw on the day the investigation ended, the evidence, the legal basis, the procedure (prior notice served,
	 * a requested hearing held), and the outcome within the benchmark and the bureau's powers.
	 */
	public List<Check> legalReview(EnforcementCase c) {
		List<Check> out = new ArrayList<>();
		String jurisdiction = jurisdictionBlock(c);
		out.add(new Check("执法主体和管辖权限", jurisdiction == null,
				jurisdiction == null ? "本局对当事人 " + c.getPartyName() + " 有管辖权" : jurisdiction, "#timeline"));
		LocalDate reported = c.getReportedOn() == null ? AppClock.today() : c.getReportedOn();
		String team = investigatorsBlock(c.getId(), reported);
		out.add(new Check("执法人员资格（两名以上持有效执法证且未回避，《统计法》第三十八条）", team == null,
				team != null ? team : "调查终结之日（" + reported + "）办案人员："
						+ String.join("、", mapper.selectInspectors(c.getId()).stream().filter(i -> i.activeOn(reported))
							.map(i -> i.displayName() + "（执法证 " + i.certNumber() + "，有效期至 " + i.certValidTo() + "）").toList()),
				"#team"));
		String evidence = evidenceBlock(c.getId());
		out.add(new Check("案件事实清楚，证据确凿", evidence == null,
				evidence != null ? evidence : "证据 " + mapper.selectEvidence(c.getId()).size() + " 项，调查终结报告于 " + reported + " 作出",
				"#violations"));
		String basis = legalBasisBlock(c);
		out.add(new Check("适用法律依据正确", basis == null,
				basis != null ? basis : c.getRecLegalBasis() == null ? "不适用（拟移送司法机关或违法事实不成立）" : c.getRecLegalBasis(),
				"#recommendation"));
		String procedure = procedureBlock(c);
		out.add(new Check("程序合法（事先告知已送达，当事人申请听证的已举行）", procedure == null,
				procedure != null ? procedure : c.getNoticeServedOn() == null ? "不适用（未拟给予行政处罚）"
						: "事先告知书已于 " + c.getNoticeServedOn() + " 送达" + (c.isHearingRequested() ? "，听证笔录已于 "
								+ c.getHearingRecordedOn() + " 制作" : ""),
				"#case-documents"));
		String outcome = outcomeUnderReview(c);
		String lawful = lawfulOutcomeBlock(c);
		out.add(new Check("适用裁量基准，罚款在幅度内，未超越职权（规则 " + (c.getRecRuleId() == null ? "—" : c.getRecRuleId()) + "）",
				lawful == null, lawful != null ? lawful : outcome == null ? "不适用（拟移送司法机关或违法事实不成立）"
						: "拟" + PenaltyAdvisor.outcomeLabel(outcome)
								+ (c.getProposedFine() != null ? "，罚款 " + c.getProposedFine() + " 元" : "") + "，在裁量基准范围内",
				"#recommendation"));
		return out;
	}

	/**
	 * Null when at least two inspectors of the case held a certificate valid on {@code on} and did not withdraw, else
	 * why not (《统计法》第三十八条、《行政处罚法》第四十二条); the investigation report is refused with these words.
	 */
	String investigatorsBlock(long caseId, LocalDate on) {
		return mapper.selectInspectors(caseId).stream().filter(i -> i.activeOn(on)).count() >= 2 ? null
				: "调查须由两名以上持当日有效执法证且未回避的执法人员进行（统计法第三十八条、行政处罚法第四十二条）";
	}

	/** Null when the case has evidence, else {@code 证据清单为空}. */
	String evidenceBlock(long caseId) {
		return mapper.selectEvidence(caseId).isEmpty() ? "证据清单为空" : null;
	}

	/** Null unless a penalty or no-penalty is proposed without the legal basis of a matched benchmark rule. */
	private static String legalBasisBlock(EnforcementCase c) {
		return outcomeUnderReview(c) != null && (c.getRecLegalBasis() == null || c.getRecLegalBasis().isBlank())
				? "未确定处理的法律依据（未匹配裁量基准规则），请退回调查补充" : null;
	}

	/** Null unless a penalty is proposed without the prior notice served, or a requested hearing is not recorded. */
	private static String procedureBlock(EnforcementCase c) {
		if (c.getProposal() == Disposition.PENALTY && c.getNoticeServedOn() == null) {
			return "拟给予行政处罚，尚未送达行政处罚事先告知书（《行政处罚法》第四十四条）";
		}
		return c.hearingRightsSatisfied() ? null : "当事人已申请听证，尚未举行或未制作听证笔录（《行政处罚法》第六十四条）";
	}

	// ---------------------------------------------------------------- 结案审批

	/**
	 * The requirements of 结案审批: the order to correct re-checked, and every item of the case dossier its path
	 * requires — the decision served with its receipt, the fine paid, the publication, the approval forms — as the
	 * dossier gate ({@link DossierService#closureBlock}) counts them.
	 */
	public List<Check> closureApproval(CurrentUser user, EnforcementCase c) {
		return closureApproval(c, dossier.getObject().checklist(user, c.getId()));
	}

	/** {@link #closureApproval(CurrentUser, EnforcementCase)} over the case's dossier checklist already read. */
	public List<Check> closureApproval(EnforcementCase c, List<DossierItem> dossierItems) {
		List<Check> out = new ArrayList<>();
		String recheck = recheckBlock(c);
		out.add(new Check("责令改正的，已复查改正情况", recheck == null, recheck != null ? recheck
				: c.getCorrectionId() == null ? "无须复查（未责令改正）"
						: "复查结果：" + ("CORRECTED".equals(c.getCorrectionResult()) ? "已改正" : "未改正，已依法处理"),
				"#correction-tracking"));
		for (DossierItem i : dossierItems) {
			if (i.requiredFor(false)) {
				out.add(new Check("案卷材料：" + i.title(), i.present(), i.present() ? "已齐备" : i.shortfall(), "/documents#dossier"));
			}
		}
		return out;
	}

	/** Null unless the order to correct is tracked and its 复查 has not been recorded. */
	String recheckBlock(EnforcementCase c) {
		return c.getCorrectionId() != null && c.getCorrectionResult() == null ? "责令改正事项尚未复查，不能结案" : null;
	}

	// ---------------------------------------------------------------- kept with the approval

	/** Keeps the checklist of {@code step} as it stood when {@code actor} gave the approval (replacing an earlier one). */
	void record(EnforcementCase c, String step, CurrentUser actor, List<Check> lines) {
		mapper.deleteChecklist(c.getId(), step);
		java.time.LocalDateTime at = AppClock.now();
		for (int n = 0; n < lines.size(); n++) {
			Check k = lines.get(n);
			mapper.insertChecklistLine(c.getId(), step, n + 1, k.requirement(), k.met(), k.detail(), k.anchor(),
					actor.displayName(), at);
		}
	}

	/** The checklist kept with the latest approval of {@code step} on the case, or null before any. */
	public Recorded recorded(long caseId, String step) {
		List<EnforcementCaseMapper.ChecklistLine> rows = mapper.selectChecklist(caseId, step);
		if (rows.isEmpty()) {
			return null;
		}
		return new Recorded(step, rows.get(0).actorName(), rows.get(0).recordedAt(), rows.stream()
			.map(r -> new Check(r.requirement(), r.met(), r.detail(), r.anchor())).toList());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	// ---------------------------------------------------------------- 处罚决定审批

	/** The requirements of 处罚决定审批 for {@code user} approving case {@code c} today. */
	public List<Check> decisionApproval(CurrentUser user, EnforcementCase c) {
		LocalDate today = AppClock.today();
		List<Check> out = new ArrayList<>();
		String approver = approverBlock(user, c.getId());
		out.add(new Check("审批人不是本案调查人员（调查与决定分离）", approver == null,
				approver == null ? "审批人 " + user.displayName() + " 未参与本案调查" : approver, "#team"));
		out.add(new Check("法制审核（重大执法决定须经法制审核）", c.legalReviewSatisfied(),
				!c.isLegalReviewRequired() ? "本案无需法制审核" : c.isLegalReviewPassed() ? "法制审核已通过" : "须经法制审核，尚未通过",
				"#timeline"));
		out.add(new Check("集体讨论（情节复杂或重大违法行为给予处罚）", c.discussionSatisfied(),
				!c.isDiscussionRequired() ? "本案无需集体讨论" : c.isDiscussionDone() ? "已经负责人集体讨论" : "须经负责人集体讨论，尚未讨论",
				"#timeline"));
		out.add(new Check("听证（当事人申请的，已举行并制作笔录）", c.hearingRightsSatisfied(),
				!c.isHearingRequested() ? "当事人未申请听证" : c.getHearingRecordedOn() != null
						? "听证笔录已于 " + c.getHearingRecordedOn() + " 制作" : "当事人已申请听证，尚未举行或未制作听证笔录", "#timeline"));
		boolean penaltyProposed = c.getProposal() == Disposition.PENALTY;
		String defence = c.defenceBlock(today);
		out.add(new Check("陈述、申辩期限届满或当事人明确放弃（《行政处罚法》第六十二条）", defence == null,
				defence != null ? defence : !penaltyProposed || c.getNoticeServedOn() == null ? "不适用（未拟给予行政处罚）"
						: c.getStatementWaivedOn() != null ? "当事人已于 " + c.getStatementWaivedOn() + " 明确放弃"
								: "期限已于 " + c.getDefenceDue() + " 届满",
				"#case-documents"));
		String hearing = c.hearingRequestBlock(today);
		out.add(new Check("听证申请期限届满或当事人明确放弃", hearing == null,
				hearing != null ? hearing : !c.isHearingRight() ? "不适用（无听证权利）"
						: c.isHearingRequested() ? "当事人已申请听证" : c.getHearingWaivedOn() != null
								? "当事人已于 " + c.getHearingWaivedOn() + " 明确放弃" : "期限已于 " + c.getHearingRequestDue() + " 届满",
				"#case-documents"));
		String dates = null;
		try {
			CaseDateRules.decision(c, today);
		}
		catch (ConflictException | BadRequestException e) {
			dates = e.getMessage();
		}
		out.add(new Check("决定日期不早于调查终结、事先告知送达和听证笔录", dates == null,
				dates == null ? "今日（" + today + "）作出决定符合日期顺序" : dates, "#timeline"));
		String outcome = outcomeUnderReview(c);
		String range = outcomeBlock(c);
		out.add(new Check("处罚种类和罚款数额符合裁量基准（规则 " + (c.getRecRuleId() == null ? "—" : c.getRecRuleId()) + "）",
				range == null, range != null ? range : outcome == null ? "不适用（拟移送司法机关或违法事实不成立）"
						: "拟" + PenaltyAdvisor.outcomeLabel(outcome)
								+ (c.getProposedFine() != null ? "，罚款 " + c.getProposedFine() + " 元" : "") + "，在裁量基准范围内",
				"#recommendation"));
		String correction = correctionBlock(c);
		out.add(new Check("依法责令改正（《行政处罚法》第二十八条）", correction == null, correction != null ? correction
				: c.isCorrectionOrdered() ? "已责令：" + c.getCorrectionMeasure() : "无须责令改正", "#recommendation"));
		return out;
	}

	/** Null when {@code user} did not investigate the case, else why the user may not approve its decision. */
	String approverBlock(CurrentUser user, long caseId) {
		return mapper.selectInspectors(caseId).stream().anyMatch(i -> i.username().equals(user.username()))
				? "审批人不得为本案调查人员" : null;
	}

	/**
	 * Null when what is proposed is lawful — the outcome the law allows, a fine in the benchmark range, the order to
	 * correct where the law requires one — else why not, in the words the approval is refused with.
	 */
	String lawfulOutcomeBlock(EnforcementCase c) {
		String range = outcomeBlock(c);
		return range != null ? range : correctionBlock(c);
	}

	/** Null when the proposed outcome is one the law allows and a fine lies in the benchmark range, else why not. */
	private String outcomeBlock(EnforcementCase c) {
		String outcome = outcomeUnderReview(c);
		if (outcome == null) {
			return null;
		}
		try {
			penalty.checkOutcomeAllowed(c, outcome);
			penalty.checkWithinRange(c, outcome, c.getProposedFine());
			return null;
		}
		catch (BadRequestException e) {
			return e.getMessage() + "，请退回重新拟定";
		}
	}

	/** Null unless the law requires an order to correct with the proposed outcome and none is proposed. */
	private String correctionBlock(EnforcementCase c) {
		String outcome = outcomeUnderReview(c);
		if (outcome == null || !penalty.correctionRequired(c, outcome) || c.isCorrectionOrdered()) {
			return null;
		}
		return penalty.correctionRequiredReason(c, outcome) + "，拟处理意见未责令改正，请退回重新拟定";
	}

	/** The outcome the approval decides for a penalty or no-penalty proposal (null for the others). */
	static String outcomeUnderReview(EnforcementCase c) {
		Disposition d = c.getProposal();
		boolean penaltyOutcome = d == Disposition.PENALTY && PenaltyAdvisor.isPenaltyOutcome(c.getProposedOutcome());
		Disposition decided = d == Disposition.PENALTY && !penaltyOutcome ? Disposition.NO_PENALTY : d;
		if (decided != Disposition.PENALTY && decided != Disposition.NO_PENALTY) {
			return null;
		}
		return penaltyOutcome ? c.getProposedOutcome() : "NO_PENALTY";
	}

}
