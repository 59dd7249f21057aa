package cn.statenforce.rectification.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;

/** Navigation section 整改. */
@Configuration
class RectificationNavigation {

	static final String SECTION = "整改";

	@Bean
	NavItem navRectificationLedger() {
		return new NavItem(SECTION, "整改台账", "/rectification", 40, Set.of());
	}

	@Bean
	NavItem navRectificationMine() {
		return new NavItem(SECTION, "我的整改任务", "/rectification/mine", 41,
				Set.of(Role.RECTIFICATION_OWNER, Role.LEADER, Role.DIRECTOR));
	}

	@Bean
	NavItem navRectificationDirectory() {
		return new NavItem(SECTION, "责任单位与领导", "/rectification/directory", 43, Set.of(Role.LEADER, Role.DIRECTOR, Role.ADMIN));
	}

	@Bean
	NavItem navRectificationFeedback() {
		return new NavItem(SECTION, "反馈登记", "/rectification/feedback/new", 42, Set.of(Role.LEADER, Role.DIRECTOR));
	}

}
