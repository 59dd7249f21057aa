package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/** Who reaches what: pages, API, engine REST, webapps, actuator; problem details; login throttling. */
@StatEnforceTest
class SecurityAndErrorsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldRedirectAnonymousPagesToTheChineseLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "http://localhost/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("统计执法与整改工作流")));
	}

	@Test
	void shouldSignInEveryDemoAccount() throws Exception {
		for (String bureau : new String[] { "city", "yuhu", "yuetang" }) {
			for (String role : new String[] { "inspector1", "inspector2", "legal", "leader", "director", "owner", "owner2", "admin" }) {
				mvc.perform(get("/api/me").with(api(bureau + "." + role))).andExpect(status().isOk());
			}
		}
		mvc.perform(get("/api/me").with(api("sysadmin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("SYSTEM_ADMIN"));
		mvc.perform(get("/api/me").with(api("yuhu.inspector3")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.certValidTo").exists());
	}

	@Test
	void shouldAnswerAnonymousApiCallsWith401ProblemDetails() throws Exception {
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未认证"));
	}

	@Test
	void shouldShowRoleNavigationOnTheWorkbench() throws Exception {
		String inspector = mvc.perform(get("/").with(page(users, "yuhu.inspector1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inspector).contains("工作台", "待办", "名录库").doesNotContain("系统管理");
		String admin = mvc.perform(get("/").with(page(users, "yuhu.admin"))).andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("系统管理", "工作日历").doesNotContain("流程引擎控制台");
		String sysadmin = mvc.perform(get("/").with(page(users, "sysadmin"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(sysadmin).contains("系统管理", "流程引擎控制台").doesNotContain("工作日历", "用户与统计局");
	}

	@Test
	void shouldKeepAdminPagesAndWebappsForAdmins() throws Exception {
		mvc.perform(get("/admin/users").with(page(users, "yuhu.inspector1"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(page(users, "yuhu.admin"))).andExpect(status().isOk());
		mvc.perform(get("/admin/calendar").with(page(users, "yuhu.leader"))).andExpect(status().isForbidden());
		mvc.perform(get("/camunda/app/cockpit/default/").with(page(users, "yuhu.director"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(page(users, "sysadmin"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldCloseTheEngineRestApiToAllButTheSystemAdministrator() throws Exception {
		mvc.perform(get("/engine-rest/process-definition/count")).andExpect(status().isUnauthorized());
		mvc.perform(get("/engine-rest/process-definition/count").with(api("yuhu.leader"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseEngineDeploymentsToEveryoneAndPathParameters() throws Exception {
		MockMultipartFile hostile = new MockMultipartFile("data", "engine-back-door.bpmn", "application/octet-stream",
				Files.readAllBytes(Path.of("src/test/resources/hostile/engine-back-door.bpmn")));
		for (String user : new String[] { "yuhu.admin", "city.admin", "yuhu.inspector1", "sysadmin" }) {
			mvc.perform(multipart("/engine-rest/deployment/create").file(hostile).with(api(user)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("流程引擎接口只对系统管理员开放，且只允许查询、作业重试和异常处理；流程只能随系统部署"));
		}
		mvc.perform(get("/camunda/api/engine/engine/default/process-instance").with(page(users, "yuhu.admin")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/engine-rest;x=1/deployment/create").file(hostile).with(api("sysadmin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求路径不合规（含有分号参数、编码的斜杠或点号路径段）"));
	}

	@Test
	void shouldCheckRolesOnTheApi() throws Exception {
		String body = """
				{"username":"new.user","displayName":"新用户","password":"secret-pass-1","bureauId":2,"roles":["INSPECTOR"]}""";
		mvc.perform(post("/api/admin/users").with(api("yuhu.leader")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权操作"));
		assertThat(count("new.user")).isZero();
	}

	@Test
	void shouldNeverGrantTheSystemAdministratorRoleThroughTheApplication() throws Exception {
		String body = """
				{"username":"city.operator","displayName":"运维","password":"secret-pass-1","bureauId":1,"roles":["SYSTEM_ADMIN"]}""";
		mvc.perform(post("/api/admin/users").with(api("city.admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"))
			.andExpect(jsonPath("$.detail").value("角色：系统管理员账号由系统部署配置创建，不能在此指定"));
		assertThat(count("city.operator")).isZero();
	}

	@Test
	void shouldAnswerInvalidInputWith400AndWriteNothing() throws Exception {
		String body = """
				{"username":"X","displayName":"","password":"short","bureauId":2,"roles":[]}""";
		mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("密码长度须为8-64位"))
			.andExpect(jsonPath("$.errors[?(@.field == 'roles')].message").value("至少指定一个角色"));
		assertThat(count("X")).isZero();
		mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不正确"));
	}

	@Test
	void shouldCreateAUserThatCanSignInAndConflictOnTheSameName() throws Exception {
		String body = """
				{"username":"yuhu.clerk","displayName":"新同事","password":"secret-pass-1","bureauId":2,"roles":["RECTIFICATION_OWNER"]}""";
		mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("RECTIFICATION_OWNER"));
		mvc.perform(get("/api/me").with(httpBasic("yuhu.clerk", "secret-pass-1"))).andExpect(status().isOk());
		mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("用户名已存在: yuhu.clerk"));
		// an ADMIN of a district cannot create users in the city bureau above it
		String upward = body.replace("yuhu.clerk", "city.clerk").replace("\"bureauId\":2", "\"bureauId\":1");
		mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content(upward))
			.andExpect(status().isNotFound());
		assertThat(count("city.clerk")).isZero();
	}

	@Test
	void shouldLockAnAccountAfterRepeatedWrongPasswords() throws Exception {
		String body = """
				{"username":"yuhu.target","displayName":"测试","password":"right-pass-1","bureauId":2,"roles":["INSPECTOR"]}""";
		mvc.perform(post("/api/admin/users").with(api("yuhu.admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/me").with(httpBasic("yuhu.target", "wrong-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/me").with(httpBasic("yuhu.target", "right-pass-1"))).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = 'yuhu.target'", Integer.class))
			.isEqualTo(5);
	}

	@Test
	void shouldRejectFormPostsWithoutCsrfToken() throws Exception {
		mvc.perform(post("/notifications/read-all").with(page(users, "yuhu.leader"))).andExpect(status().isForbidden());
		mvc.perform(post("/notifications/read-all").with(page(users, "yuhu.leader")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldExposeHealthStatusPubliclyAndDetailsAndMetricsToAdmins() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(api("yuhu.admin")))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.engine.status").value("UP"));
		// (metrics export, hence /actuator/prometheus, is switched off in tests; /actuator/metrics has the same rule)
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(api("yuhu.inspector1"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(api("yuhu.admin"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/metrics").with(api("sysadmin"))).andExpect(status().isOk());
	}

	@Test
	void shouldDescribeTheApiWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/enterprises']").exists());
	}

	private int count(String username) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username);
	}

}
