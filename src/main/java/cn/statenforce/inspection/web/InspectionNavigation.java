package cn.statenforce.inspection.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;

/** 执法检查 section of the navigation. */
@Configuration
class InspectionNavigation {

	static final String SECTION = "执法检查";

	private static final Set<Role> STAFF = Role.BUREAU_STAFF;

	@Bean
	NavItem navInspectionPlans() {
		return new NavItem(SECTION, "检查计划", "/inspection/plans", 30, STAFF);
	}

	@Bean
	NavItem navInspectionItems() {
		return new NavItem(SECTION, "检查事项", "/inspection/items", 31, STAFF);
	}

	@Bean
	NavItem navInspectors() {
		return new NavItem(SECTION, "执法人员与回避", "/inspection/inspectors", 32, STAFF);
	}

	@Bean
	NavItem navDirectoryImport() {
		return new NavItem(SECTION, "名录导入", "/inspection/imports", 33,
				Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.ADMIN));
	}

	@Bean
	NavItem navPublicResults() {
		return new NavItem(SECTION, "公开结果", "/public/inspections", 34, Set.of());
	}

}
