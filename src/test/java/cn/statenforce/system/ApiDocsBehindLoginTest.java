package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/**
 * With {@code statenforce.api-docs.open=false} — what the {@code mysql} profile sets (checked below against
 * {@code application-mysql.yaml}) — the OpenAPI description and Swagger UI ask for a login.
 */
@StatEnforceTest
@TestPropertySource(properties = "statenforce.api-docs.open=false")
class ApiDocsBehindLoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void shouldAskForALoginBeforeTheApiDocumentation() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html" }) {
			var r = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(r.getStatus()).as(path).isEqualTo(302);
			assertThat(r.getRedirectedUrl()).as(path).endsWith("/login");
		}
		assertThat(mvc.perform(get("/v3/api-docs").with(page(users, "yuhu.inspector1"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void shouldCloseTheDocumentationInTheMysqlProfile() throws Exception {
		var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
			.load("mysql", new org.springframework.core.io.FileSystemResource("src/main/resources/application-mysql.yaml"));
		assertThat(String.valueOf(yaml.get(0).getProperty("statenforce.api-docs.open"))).isEqualTo("false");
	}

}
