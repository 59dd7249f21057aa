package cn.statenforce.system;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.organization.Role;

/** Navigation entries of the platform itself; capabilities add their own. */
@Configuration
class PlatformNavigation {

	static final String WORK = "工作";

	static final String ADMIN = "系统管理";

	@Bean
	NavItem navWorkbench() {
		return new NavItem(WORK, "工作台", "/", 0, Set.of());
	}

	@Bean
	NavItem navTodo() {
		return new NavItem(WORK, "待办", "/tasks", 1, Set.of());
	}

	@Bean
	NavItem navDone() {
		return new NavItem(WORK, "已办", "/tasks/done", 2, Set.of());
	}

	@Bean
	NavItem navDirectory() {
		return new NavItem("基础数据", "名录库", "/directory", 60,
				Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN));
	}

	@Bean
	NavItem navUsers() {
		return new NavItem(ADMIN, "用户与统计局", "/admin/users", 90, Set.of(Role.ADMIN));
	}

	@Bean
	NavItem navCalendar() {
		return new NavItem(ADMIN, "工作日历", "/admin/calendar", 91, Set.of(Role.ADMIN));
	}

	/** The engine console belongs to the system administrator only (see SecurityConfig, EngineApiPolicy). */
	@Bean
	NavItem navCockpit() {
		return new NavItem(ADMIN, "流程引擎控制台", "/camunda/app/cockpit/default/", 92, Set.of(Role.SYSTEM_ADMIN));
	}

}
