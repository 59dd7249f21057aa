package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.NotFoundException;

/**
 * Inspection plans and inspections are the bureau staff's records (执法人员, 法制审核, 领导, 管理员): a responsible unit's
 * login (整改责任单位) and the system administrator, who runs the engine, get 404 and empty lists — what the
 * authorization matrix found them reading (issue 16). Staff of the bureau and of the city above still read them.
 */
@StatEnforceTest
class StaffOnlyInspectionRecordsTest {

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionService inspections;

	@Test
	void shouldHideInspectionPlansAndInspectionsFromUnitsAndTheSystemAdministrator() {
		List<Inspection> started = fixture.startedInspections(1, 4_201L);
		Inspection i = started.get(0);
		long planId = i.planId();
		for (String outsider : List.of("yuhu.owner", "city.owner", "sysadmin")) {
			assertThatThrownBy(() -> fixture.plans.get(fixture.user(outsider), planId)).as(outsider)
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> inspections.get(fixture.user(outsider), i.id())).as(outsider)
				.isInstanceOf(NotFoundException.class);
			assertThat(fixture.plans.list(fixture.user(outsider), 1, 50).items()).as(outsider).isEmpty();
		}
		for (String staff : List.of("yuhu.inspector1", "yuhu.legal", "yuhu.leader", "city.leader", "yuhu.admin")) {
			assertThat(fixture.plans.get(fixture.user(staff), planId).id()).as(staff).isEqualTo(planId);
			assertThat(inspections.get(fixture.user(staff), i.id()).id()).as(staff).isEqualTo(i.id());
		}
	}

}
