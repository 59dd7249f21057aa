package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.NotFoundException;

/**
 * The system administrator runs the engine console, not a bureau's rectification: a plan and its measures are 404
 * to that login (the authorization matrix found it reading them, issue 16); the bureau's leader still reads them.
 */
@StatEnforceTest
class SystemAdministratorScopeTest {

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	cn.statenforce.organization.UserService users;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	@Test
	void shouldNotShowRectificationToTheSystemAdministrator() {
		RectificationFixture fx = new RectificationFixture(users, plans, managementService);
		Plan plan = fx.draft(AppClock.today().plusDays(60), Category.DEADLINE);
		long measureId = plans.measures(fx.user(RectificationFixture.LEADER), plan.id()).get(0).id();
		assertThatThrownBy(() -> plans.plan(fx.user("sysadmin"), plan.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> measures.measure(fx.user("sysadmin"), measureId)).isInstanceOf(NotFoundException.class);
		assertThat(plans.plan(fx.user(RectificationFixture.LEADER), plan.id()).id()).isEqualTo(plan.id());
		assertThat(measures.measure(fx.user(RectificationFixture.LEADER), measureId).id()).isEqualTo(measureId);
	}

}
