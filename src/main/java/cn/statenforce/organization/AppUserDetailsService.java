package cn.statenforce.organization;

import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import cn.statenforce.shared.AppClock;

/**
 * Loads users for Spring Security and throttles password guessing: after {@link LoginPolicy#maxFailures()}
 * consecutive failures an account is locked for {@link LoginPolicy#lockDuration()}. The counter is in the
 * user row, so it holds across restarts and nodes.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

	private final OrganizationMapper mapper;

	private final UserService users;

	private final LoginPolicy policy;

	AppUserDetailsService(OrganizationMapper mapper, UserService users, LoginPolicy policy) {
		this.mapper = mapper;
		this.users = users;
		this.policy = policy;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser u = mapper.selectUserByUsername(username);
		if (u == null) {
			throw new UsernameNotFoundException(username);
		}
		boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(AppClock.now());
		CurrentUser cu = new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), users.roles(u.id()));
		return new AppUserPrincipal(cu, u.passwordHash(), u.enabled(), locked);
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		LocalDateTime until = AppClock.now().plus(policy.lockDuration());
		mapper.recordFailedLogin(username, policy.maxFailures(), until);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal p) {
			mapper.resetFailedLogins(p.getUsername());
		}
	}

}
