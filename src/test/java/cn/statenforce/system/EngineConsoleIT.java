package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.statenforce.HttpTestClient;
import cn.statenforce.WebTestSupport;

/**
 * The engine console and the engine REST API on the running server (Tomcat, Jersey, the webapps): nobody can
 * deploy (the reported hostile model, every demo account, every path trick); bureau ADMINs get 403 on engine
 * REST and the webapps; the system administrator reads, and may retry jobs and handle incidents (audited),
 * but cannot complete, claim, assign or delegate tasks, write variables, start, modify, suspend or delete
 * process instances, correlate messages or throw signals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineConsoleIT {

	private static final Path HOSTILE = Path.of("src/test/resources/hostile/engine-back-door.bpmn");

	private static final String[] BUREAUS = { "city", "yuhu", "yuetang" };

	private static final String[] ROLES = { "inspector1", "inspector2", "inspector3", "legal", "leader", "director",
			"owner", "owner2", "admin" };

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	String base;

	@BeforeEach
	void base() {
		base = "http://127.0.0.1:" + port;
	}

	@Test
	void shouldRefuseTheHostileDeploymentForEveryRoleIncludingTheSystemAdministrator() throws Exception {
		long deployments = repositoryService.createDeploymentQuery().count();
		int bureaus = count("SELECT COUNT(*) FROM bureau");
		List<String> accounts = new ArrayList<>();
		for (String bureau : BUREAUS) {
			for (String role : ROLES) {
				if (!(bureau.equals("city") && role.equals("inspector3"))) {
					accounts.add(bureau + "." + role);
				}
			}
		}
		accounts.add("sysadmin");
		for (String account : accounts) {
			HttpTestClient client = basic(account);
			for (String path : List.of("/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create")) {
				assertThat(client.postFile(path, "data", HOSTILE).statusCode()).as("%s %s", account, path).isEqualTo(403);
			}
		}
		assertThat(HttpTestClient.anonymous(base).postFile("/engine-rest/deployment/create", "data", HOSTILE).statusCode())
			.isEqualTo(401);
		// through the webapps' own engine API, signed in
		for (String account : List.of("yuhu.admin", "city.admin", "sysadmin")) {
			HttpTestClient session = session(account);
			assertThat(session.postFile("/camunda/api/engine/engine/default/deployment/create", "data", HOSTILE).statusCode())
				.as(account)
				.isEqualTo(403);
		}
		assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("engine-back-door").count()).isZero();
		assertThat(count("SELECT COUNT(*) FROM bureau")).isEqualTo(bureaus);
		assertThat(Path.of("/tmp/statenforce-pwned")).doesNotExist();
	}

	@Test
	void shouldRefusePathTricksAroundTheAllowList() throws Exception {
		long deployments = repositoryService.createDeploymentQuery().count();
		HttpTestClient sysadmin = basic("sysadmin");
		for (String path : List.of("/engine-rest;x=1/deployment/create", "/engine-rest/deployment;x=1/create",
				"/engine-rest/deployment/create;jsessionid=1", "/engine-rest/deployment%3Bx=1/create",
				"/engine-rest//deployment/create", "/engine-rest/./deployment/create", "/engine-rest/x/../deployment/create",
				"/engine-rest/%2e/deployment/create")) {
			HttpResponse<String> r = sysadmin.postFile(path, "data", HOSTILE);
			assertThat(r.statusCode()).as(path).isEqualTo(400);
			assertThat(r.body()).as(path).contains("请求路径不合规");
		}
		// an encoded slash: Tomcat itself refuses it
		assertThat(sysadmin.postFile("/engine-rest/deployment%2Fcreate", "data", HOSTILE).statusCode()).isEqualTo(400);
		for (String path : List.of("/engine-rest/deployment/%63reate", "/engine-rest/deployment/create/",
				"/engine-rest/engine/default/deployment/create/")) {
			assertThat(sysadmin.postFile(path, "data", HOSTILE).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(sysadmin.postFile("/ENGINE-REST/deployment/create", "data", HOSTILE).statusCode()).isIn(401, 403, 404);
		assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void shouldAnswerADistrictAdmin403OnEngineRestAndTheWebapps() throws Exception {
		HttpTestClient admin = basic("yuhu.admin");
		assertThat(admin.get("/engine-rest/process-definition/count").statusCode()).isEqualTo(403);
		assertThat(admin.get("/engine-rest/process-instance").statusCode()).isEqualTo(403);
		assertThat(admin.json("POST", "/engine-rest/task", "{}").statusCode()).isEqualTo(403);
		HttpResponse<String> refused = admin.get("/engine-rest/history/variable-instance");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("流程引擎接口只对系统管理员开放");
		HttpTestClient session = session("yuhu.admin");
		for (String path : List.of("/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
				"/camunda/app/tasklist/default/", "/camunda/api/engine/engine/default/process-instance",
				"/camunda/api/admin/auth/user/default")) {
			assertThat(session.get(path).statusCode()).as(path).isEqualTo(403);
		}
		// and the application's own pages stay theirs
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldLetTheSystemAdministratorReadButNotBypassTheDomain() throws Exception {
		TestProcesses.deployGroupTask(repositoryService);
		ProcessInstance pi = runtimeService.startProcessInstanceByKey(TestProcesses.GROUP_TASK, "CONSOLE-1",
				Map.of("regionCode", "430302", "dueDate", new java.util.Date()));
		Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
		HttpTestClient sysadmin = basic("sysadmin");

		assertThat(sysadmin.get("/engine-rest/process-definition/count").statusCode()).isEqualTo(200);
		assertThat(sysadmin.get("/engine-rest/process-instance/" + pi.getId() + "/variables").body()).contains("430302");
		assertThat(sysadmin.json("POST", "/engine-rest/task", "{\"processInstanceId\":\"" + pi.getId() + "\"}").body())
			.contains(task.getId());
		assertThat(sysadmin.json("POST", "/engine-rest/history/process-instance/count", "{}").statusCode()).isEqualTo(200);

		String t = "/engine-rest/task/" + task.getId();
		String p = "/engine-rest/process-instance/" + pi.getId();
		String[][] refused = { { "POST", t + "/complete", "{}" }, { "POST", t + "/claim", "{\"userId\":\"sysadmin\"}" },
				{ "POST", t + "/assignee", "{\"userId\":\"yuhu.leader\"}" },
				{ "POST", t + "/delegate", "{\"userId\":\"yuhu.leader\"}" }, { "POST", t + "/submit-form", "{}" },
				{ "PUT", t + "/variables/approved", "{\"value\":true,\"type\":\"Boolean\"}" },
				{ "POST", t + "/identity-links", "{\"userId\":\"yuhu.leader\",\"type\":\"candidate\"}" },
				{ "PUT", p + "/variables/regionCode", "{\"value\":\"430304\",\"type\":\"String\"}" },
				{ "POST", p + "/variables", "{\"modifications\":{\"regionCode\":{\"value\":\"430304\"}}}" },
				{ "DELETE", p + "/variables/regionCode", null }, { "DELETE", p, null },
				{ "POST", p + "/modification", "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_Approve\"}]}" },
				{ "PUT", p + "/suspended", "{\"suspended\":true}" },
				{ "POST", "/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"" + pi.getId() + "\"]}" },
				{ "POST", "/engine-rest/process-definition/key/" + TestProcesses.GROUP_TASK + "/start", "{}" },
				{ "POST", "/engine-rest/message", "{\"messageName\":\"x\"}" },
				{ "POST", "/engine-rest/signal", "{\"name\":\"x\"}" },
				{ "POST", "/engine-rest/task/create", "{\"id\":\"evil\"}" },
				{ "POST", "/engine-rest/modification/execute", "{}" }, { "POST", "/engine-rest/migration/execute", "{}" },
				{ "POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"evil\"}}" },
				{ "POST", "/engine-rest/authorization/create", "{}" }, { "POST", "/engine-rest/identity/verify", "{}" },
				{ "POST", "/engine-rest/job/any/execute", null }, { "PUT", "/engine-rest/job/any/duedate", "{}" },
				{ "DELETE", "/engine-rest/deployment/" + repositoryService.createDeploymentQuery().list().get(0).getId(), null } };
		for (String[] r : refused) {
			assertThat(sysadmin.send(r[0], r[1], r[2] == null ? null : "application/json", r[2]).statusCode())
				.as("%s %s", r[0], r[1])
				.isEqualTo(403);
		}
		HttpTestClient console = session("sysadmin");
		assertThat(console.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		assertThat(console.get("/camunda/api/engine/engine/default/process-instance/" + pi.getId()).statusCode()).isEqualTo(200);
		assertThat(console.json("POST", "/camunda/api/cockpit/plugin/base/default/process-instance/count", "{}").statusCode())
			.isEqualTo(200);
		assertThat(console.json("POST", "/camunda/api/engine/engine/default/task/" + task.getId() + "/complete", "{}").statusCode())
			.isEqualTo(403);
		assertThat(console.json("POST", "/camunda/api/admin/setup/default/user/create", "{\"profile\":{\"id\":\"evil\"}}")
			.statusCode()).isEqualTo(403);

		// nothing moved: the task is open and unassigned, the instance active, the variable unchanged
		Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(after).isNotNull();
		assertThat(after.getAssignee()).isNull();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).active().count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(pi.getId(), "regionCode")).isEqualTo("430302");
		assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
			.containsExactly("LEADER_430302");
	}

	@Test
	void shouldLetTheSystemAdministratorRetryJobsAndHandleIncidentsAndAuditIt() throws Exception {
		TestProcesses.deployFailingJob(repositoryService);
		ProcessInstance pi = runtimeService.startProcessInstanceByKey(TestProcesses.FAILING_JOB, "CONSOLE-JOB-1",
				Map.of("subjectId", 880001L, "fail", true));
		Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
		for (int i = 0; i < 3; i++) {
			try {
				managementService.executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// the probe fails as asked; after the third failure the job has no retries left
			}
		}
		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
		Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
		assertThat(incident).isNotNull();
		int audited = auditRows();

		// a bureau ADMIN may not
		assertThat(basic("yuhu.admin").json("PUT", "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\":1}")
			.statusCode()).isEqualTo(403);
		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
		assertThat(auditRows()).isEqualTo(audited);

		HttpTestClient sysadmin = basic("sysadmin");
		assertThat(sysadmin.json("PUT", "/engine-rest/incident/" + incident.getId() + "/annotation",
				"{\"annotation\":\"数据已更正，准备重试\"}").statusCode()).isEqualTo(204);
		assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).singleResult().getAnnotation())
			.isEqualTo("数据已更正，准备重试");
		assertThat(sysadmin.json("PUT", "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\":1}").statusCode())
			.isEqualTo(204);
		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);

		// the same through the webapps (Cockpit's retry), with Camunda's XSRF token
		HttpTestClient console = session("sysadmin");
		assertThat(console.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		assertThat(console.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"sysadmin\"");
		assertThat(console.json("PUT", "/camunda/api/engine/engine/default/job/" + job.getId() + "/retries",
				"{\"retries\":2}").statusCode()).isEqualTo(204);
		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);

		// a custom incident the operator resolves
		String executionId = runtimeService.createExecutionQuery().processInstanceId(pi.getId()).list().get(0).getId();
		Incident custom = runtimeService.createIncident("manualCheck", executionId, "人工核对");
		assertThat(sysadmin.send("DELETE", "/engine-rest/incident/" + custom.getId(), null, null).statusCode()).isEqualTo(204);
		assertThat(runtimeService.createIncidentQuery().incidentId(custom.getId()).count()).isZero();

		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT action, actor, actor_name, detail, occurred_at FROM activity_log
				WHERE subject_type = 'ENGINE_OPERATION' ORDER BY id""");
		List<Map<String, Object>> mine = rows.subList(audited, rows.size());
		assertThat(mine).extracting(r -> r.get("ACTION") != null ? r.get("ACTION") : r.get("action"))
			.containsExactly("ENGINE_INCIDENT_ANNOTATED", "ENGINE_JOB_RETRIES", "ENGINE_JOB_RETRIES",
					"ENGINE_INCIDENT_RESOLVED");
		assertThat(mine).allSatisfy(r -> {
			assertThat(value(r, "actor")).isEqualTo("sysadmin");
			assertThat(value(r, "occurred_at")).isNotNull();
		});
		assertThat(value(mine.get(1), "detail")).asString()
			.contains("PUT /engine-rest/job/" + job.getId() + "/retries", "204", "\"retries\":1");
		assertThat(value(mine.get(2), "detail")).asString()
			.contains("PUT /camunda/api/engine/engine/default/job/" + job.getId() + "/retries", "\"retries\":2");
		assertThat(value(mine.get(0), "detail")).asString().contains("数据已更正，准备重试");
	}

	private static Object value(Map<String, Object> row, String column) {
		return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
	}

	private int auditRows() {
		return count("SELECT COUNT(*) FROM activity_log WHERE subject_type = 'ENGINE_OPERATION'");
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

	private HttpTestClient basic(String user) {
		return HttpTestClient.basic(base, user, WebTestSupport.DEMO_PASSWORD);
	}

	private HttpTestClient session(String user) throws Exception {
		return HttpTestClient.session(base, user, WebTestSupport.DEMO_PASSWORD);
	}

}
