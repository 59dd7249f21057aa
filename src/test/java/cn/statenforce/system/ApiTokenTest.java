package cn.statenforce.system;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.statenforce.StatEnforceTest;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API tokens: one HTTP Basic authentication gives a Bearer token that works like the user's own login (same
 * principal, roles and bureau), expires, and is revoked by logout; anything else is 401 with a problem body.
 */
@StatEnforceTest
class ApiTokenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ObjectMapper json;

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/auth/token").with(api(username))).andExpect(status().isOk())
			.andExpect(jsonPath("$.tokenType").value("Bearer")).andExpect(jsonPath("$.expiresIn").value(8 * 3600))
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("accessToken").asText();
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	@Test
	void shouldServeTheUserWithTheTokenAfterOneBasicAuthentication() throws Exception {
		String t = token("yuhu.inspector1");
		assertThat(t.split("\\.")).hasSize(3);
		mvc.perform(get("/api/me").header("Authorization", bearer(t))).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("yuhu.inspector1")).andExpect(jsonPath("$.bureauName").value("雨湖区统计局"));
		// the data scope follows the user: 雨湖 reads its own bureau only, not 岳塘
		mvc.perform(get("/api/bureaus").header("Authorization", bearer(t))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void shouldKeepTheRolesOfTheUser() throws Exception {
		String t = token("yuhu.inspector1");
		mvc.perform(post("/api/admin/bureaus").header("Authorization", bearer(t)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"430321\",\"name\":\"湘潭县统计局\",\"docPrefix\":\"湘统\"}"))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("当前用户的角色无权执行此操作"));
	}

	@Test
	void shouldRefuseATokenAfterLogout() throws Exception {
		String t = token("yuhu.leader");
		String other = token("yuhu.leader");
		mvc.perform(post("/api/auth/logout").header("Authorization", bearer(t))).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").header("Authorization", bearer(t))).andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.detail").value(containsString("已注销")));
		// only that token: the user's other session goes on
		mvc.perform(get("/api/me").header("Authorization", bearer(other))).andExpect(status().isOk());
	}

	@Test
	void shouldRevokeEveryTokenOfTheUserButNoOneElses() throws Exception {
		String a = token("yuetang.inspector1");
		String b = token("yuetang.inspector1");
		String someoneElse = token("yuetang.leader");
		mvc.perform(post("/api/auth/logout-all").header("Authorization", bearer(a))).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").header("Authorization", bearer(a))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me").header("Authorization", bearer(b))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me").header("Authorization", bearer(someoneElse))).andExpect(status().isOk());
		// HTTP Basic still works after it, and gives a new token
		mvc.perform(get("/api/me").with(api("yuetang.inspector1"))).andExpect(status().isOk());
		mvc.perform(get("/api/me").header("Authorization", bearer(token("yuetang.inspector1")))).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseAnExpiredToken() throws Exception {
		// issued nine hours ago with the eight-hour lifetime: expired an hour ago
		String old = tokens.withClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-9))).issue("yuhu.legal").accessToken();
		mvc.perform(get("/api/me").header("Authorization", bearer(old))).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("未认证"));
	}

	@Test
	void shouldRefuseAForgedOrMalformedToken() throws Exception {
		String t = token("yuhu.inspector1");
		String[] parts = t.split("\\.");
		// the payload of another user with the original signature
		String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
				java.util.Base64.getUrlDecoder().decode(parts[1])).replace("yuhu.inspector1", "yuhu.director").getBytes()) + "."
				+ parts[2];
		mvc.perform(get("/api/me").header("Authorization", bearer(forged))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me").header("Authorization", "Bearer not-a-token")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("POST /api/auth/token")));
		// logout needs a token: with Basic it is a 400 naming the header
		mvc.perform(post("/api/auth/logout").with(api("yuhu.inspector1"))).andExpect(status().isBadRequest());
	}

}
