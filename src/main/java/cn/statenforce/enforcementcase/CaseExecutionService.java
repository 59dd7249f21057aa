package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseTasks.Step;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
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
	private final EnforcementCaseProperties props;
	private final CaseTasks steps;

	CaseExecutionService(EnforcementCaseMapper mapper, PenaltyAdvisor penalty, EnforcementCaseProperties props,
			CaseTasks steps) {
		this.mapper = mapper;
		this.penalty = penalty;
		this.props = props;
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

	/** 送达 within 7 working days; payment due 15 days after service; public notice = served 30 days later. */
	@Transactional
	public void serve(CurrentUser user, long id, CaseCommands.Service cmd) {
		Step s = steps.begin(user, id, TASK_SERVE_DECISION);
		steps.requireCertified(user);
		if (cmd.servedOn().isAfter(AppClock.today()) || cmd.servedOn().isBefore(s.c().getDecidedOn())) {
			throw new BadRequestException("servedOn", "送达日期应在决定日期与今天之间");
		}
		LocalDate effective = cmd.method() == ServiceMethod.PUBLIC_NOTICE
				? cmd.servedOn().plusDays(props.publicNoticeDays()) : cmd.servedOn();
		s.c().served(effective, cmd.method().name(), s.c().fineDue() ? effective.plusDays(penalty.policy().paymentDays()) : null);
		boolean late = cmd.servedOn().isAfter(s.c().getServiceDue());
		steps.finish(s, OpinionKind.SERVICE, null, cmd.method().label() + " " + cmd.servedOn() + (late ? "（超过送达期限）" : "")
				+ (cmd.opinion() == null ? "" : "：" + cmd.opinion()), Map.of());
	}

	/** 公示: the decision with personal data masked (names of natural persons, ID-like numbers). */
	@Transactional
	public void publish(CurrentUser user, long id, CaseCommands.Publication cmd) {
		Step s = steps.begin(user, id, TASK_PUBLISH);
		steps.requireCertified(user);
		s.c().publish(cmd.publishedOn(), publicationText(s.c()));
		steps.finish(s, OpinionKind.PUBLICATION, null, "公示于 " + cmd.publishedOn()
				+ (cmd.publishedOn().isAfter(s.c().getPublicationDue()) ? "（超过7个工作日期限）" : ""), Map.of());
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

	/** 缴款: the late charge is 3 % a day from the due date, capped at the fine (APL Art 72). */
	@Transactional
	public void recordPayment(CurrentUser user, long id, CaseCommands.Payment cmd) {
		Step s = steps.begin(user, id, TASK_RECORD_PAYMENT);
		steps.requireCertified(user);
		if (cmd.paidOn().isAfter(AppClock.today())) {
			throw new BadRequestException("paidOn", "缴款日期不能晚于今天");
		}
		BigDecimal late = penalty.lateCharge(s.c().getFineAmount(), s.c().getPaymentDue(), cmd.paidOn());
		BigDecimal due = s.c().getFineAmount().add(late);
		if (cmd.amount().compareTo(due) < 0) {
			throw new BadRequestException("amount", "缴款金额不足：罚款 " + s.c().getFineAmount() + " 元，加处罚款 " + late + " 元");
		}
		s.c().paid(cmd.paidOn(), cmd.amount(), late);
		steps.finish(s, OpinionKind.PAYMENT, null, "缴款 " + cmd.amount() + " 元（其中加处罚款 " + late + " 元）", Map.of());
	}

	/** 行政复议 / 行政诉讼 against the decision, recorded once a decision exists. */
	@Transactional
	public void recordAppeal(CurrentUser user, long id, CaseCommands.AppealRecord cmd) {
		EnforcementCase c = steps.lockWritable(user, id);
		if (c.getDecidedOn() == null) {
			throw new ConflictException("尚未作出决定，不能登记复议或诉讼");
		}
		mapper.insertAppeal(new CaseParts.Appeal(null, id, cmd.kind().name(), cmd.filedOn(), cmd.body(), cmd.result()));
		steps.log(c, "APPEAL", cmd.result(), cmd.kind().label() + "：" + cmd.body());
	}

}
