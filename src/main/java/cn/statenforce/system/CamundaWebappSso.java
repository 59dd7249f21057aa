package cn.statenforce.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Single sign-on into Cockpit/Tasklist/Admin: the webapps take the user Spring Security signed in (only the
 * system administrator reaches {@code /camunda/**}, see {@code SecurityConfig}), so there is no second login
 * and no second user list. The engine sees that user with its groups ({@code SYSTEM_ADMIN},
 * {@code camunda-admin}).
 */
@Configuration
class CamundaWebappSso {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider",
				SpringSecurityAuthenticationProvider.class.getName()));
		// after the Spring Security filter chain (order -100)
		registration.setOrder(101);
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		return registration;
	}

	/** Reads the signed-in user from the Spring security context. */
	public static class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			CurrentUser user = CurrentUsers.find().orElse(null);
			if (user == null) {
				return AuthenticationResult.unsuccessful();
			}
			AuthenticationResult result = new AuthenticationResult(user.username(), true);
			List<String> groups = engine.getIdentityService()
				.createGroupQuery()
				.groupMember(user.username())
				.list()
				.stream()
				.map(Group::getId)
				.toList();
			result.setGroups(groups);
			return result;
		}

	}

}
