package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/**
 * Passwords set for an account: length, common passwords, runs and the username (NIST SP 800-63B); and the pages'
 * Content-Security-Policy and Referrer-Policy. (The OpenAPI description behind login: {@link ApiDocsBehindLoginTest}.)
 */
@StatEnforceTest
class PasswordsAndHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	private MockHttpServletResponse create(String username, String password) throws Exception {
		String body = """
				{"username":"%s","displayName":"王芳","password":"%s","bureauId":%d,"roles":["INSPECTOR"]}""".formatted(username,
				password, jdbc.queryForObject("SELECT id FROM bureau WHERE region_code = '430302'", Long.class));
		return mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
	}

	private int count(String username) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username);
	}

	@Test
	void shouldRefuseShortCommonPatternedAndUsernamePasswords() throws Exception {
		for (String weak : new String[] { "a1b2c3", "12345678", "woaini1314", "Password123", "88888888", "qwertyui",
				"yuhu.wangfang2026", "gnafgnaw.uhuy" }) {
			MockHttpServletResponse r = create("yuhu.wangfang", weak);
			assertThat(r.getStatus()).as(weak).isEqualTo(400);
			assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(weak).contains("密码");
		}
		assertThat(count("yuhu.wangfang")).isZero();
		assertThat(create("yuhu.wangfang", "雨湖执法-Tk7#qv2m").getStatus()).isEqualTo(201);
		assertThat(count("yuhu.wangfang")).isOne();
	}

	@Test
	void shouldSendAContentSecurityPolicyAndAReferrerPolicyWithPages() throws Exception {
		for (MockHttpServletResponse r : new MockHttpServletResponse[] { mvc.perform(get("/login")).andReturn().getResponse(),
				mvc.perform(get("/").with(page(users, "yuhu.inspector1"))).andReturn().getResponse() }) {
			assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
					"object-src 'none'", "frame-ancestors 'self'");
			assertThat(r.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		}
		// the engine console sends its own policy: ours is not added on top of it
		assertThat(mvc.perform(get("/camunda/app/cockpit/default/").with(page(users, "sysadmin"))).andReturn().getResponse()
			.getHeaders("Content-Security-Policy")).doesNotContain(SecurityConfig.CONTENT_SECURITY_POLICY);
	}

	@Test
	void shouldKeepTheApiDocumentationOpenOnTheEmbeddedDemo() throws Exception {
		assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
