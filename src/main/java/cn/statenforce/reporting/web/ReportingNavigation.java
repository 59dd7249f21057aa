package cn.statenforce.reporting.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;

/** Navigation section 统计. */
@Configuration
class ReportingNavigation {

	@Bean
	NavItem navAnnualReport() {
		return new NavItem("统计", "年度统计", "/reports/annual", 60,
				Set.of(Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.LEGAL_REVIEWER));
	}

}
