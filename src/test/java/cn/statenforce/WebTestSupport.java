package cn.statenforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in as demo users in MockMvc tests: HTTP Basic for /api, a session principal for pages. */
public final class WebTestSupport {

	public static final String DEMO_PASSWORD = "demo123456";

	private WebTestSupport() {
	}

	/** HTTP Basic credentials of a demo user (for /api/**). */
	public static RequestPostProcessor api(String username) {
		return httpBasic(username, DEMO_PASSWORD);
	}

	/** A signed-in page session of a demo user (for server-rendered pages). */
	public static RequestPostProcessor page(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

}
