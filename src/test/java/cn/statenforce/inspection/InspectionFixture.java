package cn.statenforce.inspection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;

/** Demo users as signed-in users, and an approved, drawn and started plan of the 雨湖区 bureau. */
@Component
public class InspectionFixture {

	final InspectionPlanService plans;

	final InspectionRegisters registers;

	final UserService users;

	final BureauService bureaus;

	InspectionFixture(InspectionPlanService plans, InspectionRegisters registers, UserService users,
			BureauService bureaus) {
		this.plans = plans;
		this.registers = registers;
		this.users = users;
		this.bureaus = bureaus;
	}

	CurrentUser user(String username) {
		UserSummary u = users.summary(username);
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), u.roles());
	}

	long bureauId(String regionCode) {
		return bureaus.bureauByRegionCode(regionCode).id();
	}

	List<Long> defaultItemIds(CurrentUser user) {
		return registers.items(user.bureauId(), true).stream().filter(InspectionItem::isDefault).map(InspectionItem::id).toList();
	}

	PlanCommand command(CurrentUser user, PlanType type, int sampleSize, Integer stageOne) {
		return new PlanCommand("2026年度统计执法双随机抽查", type, AppClock.today().getYear(),
				type == PlanType.JOINT ? "市场监督管理局" : null, "《统计法》第三十八条", null, null, null, false, false,
				sampleSize, null, 1, stageOne, AppClock.today(), defaultItemIds(user),
				type == PlanType.SPECIAL ? "ENTRY_EXIT" : null, null);
	}

	/** A plan of 雨湖区 drafted by the legal section and approved by the leader. */
	InspectionPlan approvedPlan(int sampleSize) {
		CurrentUser legal = user("yuhu.legal");
		InspectionPlan p = plans.create(legal, command(legal, PlanType.RANDOM, sampleSize, null));
		plans.submit(legal, p.id());
		return plans.decide(user("yuhu.leader"), p.id(), true, "同意");
	}

	/** An approved plan drawn with a fixed seed and started: its inspections. */
	public List<Inspection> startedInspections(int sampleSize, long seed) {
		InspectionPlan p = approvedPlan(sampleSize);
		CurrentUser legal = user("yuhu.legal");
		plans.draw(legal, p.id(), seed);
		return plans.start(legal, p.id());
	}

	static LocalDate today() {
		return AppClock.today();
	}

}
