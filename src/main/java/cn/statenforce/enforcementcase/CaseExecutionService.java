package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.penalty.PenaltyDeadlines;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * After the decision: 移送, 送达 (APL Art 61), 公示 with personal data masked, 缴款 with the late charge
 * (APL Art 72), and the record of an administrative reconsideration or lawsuit against the decision.
 */
@Service
public class CaseExecutionService {

	private final EnforcementCaseMapper mapper;
	private final PenaltyAdvisor penalty;
	private final PenaltyDeadlines deadlines;
	private final CaseTasks steps;

	CaseExecutionService(EnforcementCaseMapper mapper, PenaltyAdvisor penalty, PenaltyDeadlines deadlines,
			CaseTasks steps) {
		this.mapper = mapper;
		this.penalty = penalty;
		this.deadlines = deadlines;
		this.steps = steps;
	}

	@Transactional
	public void transfer(CurrentUser user, long id, CaseCommands.Transfer cmd) {
		Step s = steps.begin(user, id, TASK_TRANSFER_CASE);
		steps.requireCertified(user);
		s.c().transferred(cmd.transferredTo());
		s.c().requestClosure();
		steps.finish(s, OpinionKind.TRANSFER, null, "移送 " + cmd.transferredTo() + "：" + cmd.opinion(), Map.of());
	}

	/**
	 * 送达 (APL Art 61; public notice counts as served later, CPL Art 95); the fine is due by the penalty deadlines'
	 * payment date (APL Art 67, moved past rest days), all from the penalty rules.
	 */
	@Transactional
	public void serve(CurrentUser user, long id, CaseCommands.Service cmd) {
		Step s = steps.begin(user, id, TASK_SERVE_DECISION);
		steps.requireCertified(user);
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE ? deadlines.publicNoticeServedOn(cmd.servedOn())
				: cmd.servedOn();
		s.c().served(cmd.servedOn(), effective, cmd.method().name(),
				s.c().fineDue() ? deadlines.paymentDueDate(effective) : null, AppClock.today());
		boolean late = cmd.servedOn().isAfter(s.c().getServiceDue());
		steps.finish(s, OpinionKind.SERVICE, null, cmd.method().label() + " " + cmd.servedOn() + (late ? "（超过送达期限）" : "")
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	/** 公示: the decision with personal data masked (names of natural persons, ID-like numbers). */
	@Transactional
	public void publish(CurrentUser user, long id, CaseCommands.Publication cmd) {
		Step s = steps.begin(user, id, TASK_PUBLISH);
		steps.requireCertified(user);
		s.c().publish(cmd.publishedOn(), publicationText(s.c()), AppClock.today());
		steps.finish(s, OpinionKind.PUBLICATION, null, "公示于 " + cmd.publishedOn()
				+ (cmd.publishedOn().isAfter(s.c().getPublicationDue()) ? "（超过公示期限 " + s.c().getPublicationDue() + "）" : ""),
				Map.of());
	}

	/** The published text: the party (an organisation is public; a natural person's name is masked). */
	String publicationText(EnforcementCase c) {
		String party = "CITIZEN".equals(c.getPartyType()) || "INDIVIDUAL_BUSINESS".equals(c.getPartyType())
				? Masking.name(c.getPartyName()) : c.getPartyName();
		String rep = c.getLegalRepresentative() == null ? "" : "，法定代表人（负责人）" + Masking.name(c.getLegalRepresentative());
		String fine = c.getFineAmount() == null ? "" : "，罚款人民币" + c.getFineAmount().stripTrailingZeros().toPlainString() + "元";
		String violations = String.join("；", mapper.selectViolations(c.getId()).stream()
			.map(v -> penalty.violationLabel(v.violationType()) + "（" + v.article() + "）").toList());
		return "决定书文号：" + c.getDecisionNumber() + "。当事人：" + party + "（统一社会信用代码 "
				+ Masking.creditCode(c.getCreditCode(), c.getPartyType()) + "）" + rep + "。违法行为：" + violations
				+ "。处罚决定：" + ("WARNING".equals(c.getPenaltyOutcome()) ? "警告" : "CIRCULATE".equals(c.getPenaltyOutcome()) ? "通报批评" : "警告" + fine)
				+ "。决定日期：" + c.getDecidedOn() + "。";
	}

	/**
	 * 缴款: the late charge (APL Art 72, the penalty rules' rate, capped at the fine) runs from the day after the
	 * payment date, which the penalty deadlines have already moved past rest days.
	 */
	@Transactional
	public void recordPayment(CurrentUser user, long id, CaseCommands.Payment cmd) {
		Step s = steps.begin(user, id, TASK_RECORD_PAYMENT);
		steps.requireCertified(user);
		BigDecimal late = penalty.lateCharge(s.c().getFineAmount(), s.c().getPaymentDue(), cmd.paidOn());
		s.c().paid(cmd.paidOn(), cmd.amount(), late, AppClock.today());
		steps.finish(s, OpinionKind.PAYMENT, null, "缴款 " + cmd.amount() + " 元（其中加处罚款 " + late + " 元）", Map.of());
	}

	/** 行政复议 / 行政诉讼 against the decision, recorded once a decision exists. */
	@Transactional
	public void recordAppeal(CurrentUser user, long id, CaseCommands.AppealRecord cmd) {
		EnforcementCase c = steps.lockWritable(user, id);
		if (c.getDecidedOn() == null) {
			throw new ConflictException("尚未作出决定，不能登记复议或诉讼");
		}
		CaseDateRules.appeal(c, cmd.filedOn(), AppClock.today());
		mapper.insertAppeal(new CaseParts.Appeal(null, id, cmd.kind().name(), cmd.filedOn(), cmd.body(), cmd.result()));
		steps.log(AuditActor.user(user), c, "APPEAL", cmd.result(), cmd.kind().label() + "：" + cmd.body());
	}

}
