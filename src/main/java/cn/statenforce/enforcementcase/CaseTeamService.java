package cn.statenforce.enforcementcase;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseEnums.OpinionKind;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;

/**
 * The investigation team: members join while the case is investigated; 回避 (行政处罚法 Art 43) is applied for
 * by an investigator or the party and decided by the bureau head or deputy, while the investigation goes on.
 */
@Service
public class CaseTeamService {

	private final EnforcementCaseMapper mapper;
	private final CaseTasks steps;
	private final CaseMembers members;
	private final CaseNotices notices;

	CaseTeamService(EnforcementCaseMapper mapper, CaseTasks steps, CaseMembers members, CaseNotices notices) {
		this.mapper = mapper;
		this.steps = steps;
		this.members = members;
		this.notices = notices;
	}

	/** Adds an inspector with a certificate valid today to the investigation team. */
	@Transactional
	public void addInspector(CurrentUser user, long id, String username) {
		EnforcementCase c = steps.lockWritable(user, id);
		steps.requireCertified(user);
		c.requireStatus(CaseStatus.INVESTIGATING, "组成调查组");
		String name = members.add(c, username).displayName();
		steps.log(AuditActor.user(user), c, "INSPECTOR_ADDED", null, "加入调查组：" + name);
	}

	/** 回避: decided by the bureau head or deputy (APL Art 43); the investigation continues meanwhile. */
	@Transactional
	public void recuse(CurrentUser user, long id, CaseCommands.Recusal cmd) {
		EnforcementCase c = lockForRecusalDecision(user, id);
		if (mapper.updateRecusal(id, cmd.username(), cmd.reason()) != 1) {
			throw new ConflictException(cmd.username() + " 不是本案在办执法人员或已回避");
		}
		steps.opinion(c, OpinionKind.RECUSAL, user.username(), user.displayName(), true, cmd.username() + " 回避：" + cmd.reason());
		steps.log(AuditActor.user(user), c, "RECUSAL", cmd.reason(), cmd.username() + " 回避");
	}

	/**
	 * 回避申请 (行政处罚法 Art 43): an investigator declares a conflict of interest of his own, or records the party's
	 * application against a member of the team; the bureau head or deputy decides ({@link #decideRecusal}).
	 */
	@Transactional
	public void declareRecusal(CurrentUser user, long id, CaseCommands.RecusalRequest cmd) {
		EnforcementCase c = steps.lockWritable(user, id);
		steps.requireInvestigator(c, user);
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在调查处理阶段，不能申请回避");
		}
		String applicant = cmd.byParty() ? "当事人" : "执法人员本人";
		if (!cmd.byParty() && !user.username().equals(cmd.username())) {
			throw new BadRequestException("username", "执法人员只能为本人申请回避；当事人的申请请选择「当事人申请」");
		}
		if (mapper.requestRecusal(id, cmd.username(), cmd.byParty() ? "PARTY" : "SELF", cmd.reason(), AppClock.today()) != 1) {
			throw new ConflictException(cmd.username() + " 不是本案在办执法人员，或已有待决定的回避申请");
		}
		String text = applicant + "申请 " + cmd.username() + " 回避";
		steps.opinion(c, OpinionKind.RECUSAL_REQUEST, user.username(), user.displayName(), null, text + "：" + cmd.reason());
		steps.log(AuditActor.user(user), c, "RECUSAL_REQUESTED", cmd.reason(), text);
		List<String> deciders = new ArrayList<>(notices.members(c.getBureauId(), Role.LEADER));
		deciders.addAll(notices.members(c.getBureauId(), Role.DIRECTOR));
		notices.send(c, deciders.stream().distinct().toList(), "RECUSAL", "回避申请待决定：" + c.displayNumber(),
				text + "：" + cmd.reason());
	}

	/** 回避决定 on a pending request by the bureau head or deputy: approved → off the team; refused → stays. */
	@Transactional
	public void decideRecusal(CurrentUser user, long id, CaseCommands.RecusalDecision cmd) {
		EnforcementCase c = lockForRecusalDecision(user, id);
		CaseParts.Inspector i = mapper.selectInspectors(id).stream()
			.filter(x -> x.username().equals(cmd.username()) && x.recusalPending()).findFirst()
			.orElseThrow(() -> new ConflictException(cmd.username() + " 没有待决定的回避申请"));
		if (cmd.approved()) {
			mapper.updateRecusal(id, cmd.username(), cmd.reason());
		}
		else {
			mapper.clearRecusalRequest(id, cmd.username());
		}
		String text = (cmd.approved() ? "决定 " : "决定不同意 ") + i.displayName() + " 回避：" + cmd.reason();
		steps.opinion(c, OpinionKind.RECUSAL, user.username(), user.displayName(), cmd.approved(), text);
		steps.log(AuditActor.user(user), c, "RECUSAL", cmd.reason(), i.displayName() + (cmd.approved() ? " 回避" : " 回避申请未获同意"));
	}

	private EnforcementCase lockForRecusalDecision(CurrentUser user, long id) {
		EnforcementCase c = steps.lockWritable(user, id);
		if (!user.hasAnyRole(Role.LEADER, Role.DIRECTOR)) {
			throw new ForbiddenException("回避由局长或分管领导决定");
		}
		if (!c.getStatus().clockRunning()) {
			throw new ConflictException("案件不在调查处理阶段，不能决定回避");
		}
		return c;
	}

}
