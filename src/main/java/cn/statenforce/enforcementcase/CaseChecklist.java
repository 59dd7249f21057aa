package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.statenforce.enforcementcase.CaseEnums.Disposition;
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

	private final EnforcementCaseMapper mapper;

	private final PenaltyAdvisor penalty;

	CaseChecklist(EnforcementCaseMapper mapper, PenaltyAdvisor penalty) {
		this.mapper = mapper;
		this.penalty = penalty;
	}

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
				"#documents"));
		String hearing = c.hearingRequestBlock(today);
		out.add(new Check("听证申请期限届满或当事人明确放弃", hearing == null,
				hearing != null ? hearing : !c.isHearingRight() ? "不适用（无听证权利）"
						: c.isHearingRequested() ? "当事人已申请听证" : c.getHearingWaivedOn() != null
								? "当事人已于 " + c.getHearingWaivedOn() + " 明确放弃" : "期限已于 " + c.getHearingRequestDue() + " 届满",
				"#documents"));
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
