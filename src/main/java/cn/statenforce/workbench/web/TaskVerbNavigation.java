package cn.statenforce.workbench.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;

/** 抄送我 and 委托代理 under 工作 beside 待办 / 已办. */
@Configuration
class TaskVerbNavigation {

	@Bean
	NavItem navCopies() {
		return new NavItem("工作", "抄送我", "/copies", 3, Role.BUREAU_STAFF);
	}

	@Bean
	NavItem navProxies() {
		return new NavItem("工作", "委托代理", "/proxies", 4, Set.of());
	}

}
