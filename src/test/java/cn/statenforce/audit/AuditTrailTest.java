package cn.statenforce.audit;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.activity.ActivityLog;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.organization.BureauService;

/**
 * The 全过程记录 as a bureau gets it: an action through the API is on the chain with its actor, roles, address and
 * record; rows edited, deleted or moved behind the application's back are caught at the right entry by the API, the
 * page and the command. Each test runs in one transaction that is rolled back, so the demo chains stay intact.
 */
@StatEnforceTest
@Transactional
class AuditTrailTest {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired ActivityLog activity;
	@Autowired BureauService bureaus;
	@Autowired CaseFixture f;
	@Autowired UserDetailsService users;
	@Autowired DataSource dataSource;
	@Autowired AuditTrail audit;

	@Test
	void shouldRecordWhoDidWhatFromWhereOnTheBureausChain() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		mvc.perform(post("/api/trainings").with(api("yuhu.inspector1")).with(r -> {
			r.setRemoteAddr("10.12.0.7");
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"category":"NEW_LAW","heldOn":"2026-04-03","topic":"新修订《统计法》解读","organiser":"雨湖区统计局","participants":16}"""))
			.andExpect(status().isCreated());
		audit.flush(); // the test's transaction never commits; the entries are linked at commit otherwise
		Map<String, Object> last = jdbc.queryForMap(
				"SELECT * FROM audit_record WHERE bureau_id = ? ORDER BY seq DESC LIMIT 1", yuhu);
		String name = jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = 'yuhu.inspector1'", String.class);
		assertThat(last).containsEntry("ACTOR", "yuhu.inspector1").containsEntry("ACTOR_NAME", name)
			.containsEntry("ACTOR_KIND", "USER").containsEntry("ACTOR_ROLES", "INSPECTOR").containsEntry("ACTOR_BUREAU_ID", yuhu)
			.containsEntry("CLIENT_ADDRESS", "10.12.0.7").containsEntry("SUBJECT_TYPE", "TRAINING")
			.containsEntry("ACTION", "REGISTERED");
		long seq = (Long) last.get("SEQ");
		if (seq > 1) {
			assertThat(last.get("PREV_HASH")).isEqualTo(jdbc.queryForObject(
					"SELECT entry_hash FROM audit_record WHERE bureau_id = ? AND seq = ?", String.class, yuhu, seq - 1));
		}
		mvc.perform(get("/api/audit/verify").with(api("yuhu.admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.lastSeq").value(seq))
			.andExpect(jsonPath("$.lastHash").value(last.get("ENTRY_HASH")));
	}

	@Test
	void shouldRecordTimersAndJobsAsTheSystem() {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		activity.record(AuditActor.JOB, yuhu, "INSPECTION", 41, "移交立案", null, "案件线索 XS430302-2026-0007");
		activity.record(AuditActor.TIMER, yuhu, "INSPECTION", 41, "逾期督办", null, "第二次督办");
		audit.flush();
		assertThat(jdbc.queryForList("SELECT actor, actor_name, actor_kind, actor_roles, client_address FROM audit_record WHERE bureau_id = ? ORDER BY seq DESC LIMIT 2",
				yuhu)).extracting(m -> m.get("ACTOR") + "/" + m.get("ACTOR_NAME") + "/" + m.get("ACTOR_KIND") + "/" + m.get("ACTOR_ROLES") + "/" + m.get("CLIENT_ADDRESS"))
			.containsExactly("system:timer/系统（定时任务）/SYSTEM/null/null", "system:job/系统（后台任务）/SYSTEM/null/null");
	}

	@Test
	void shouldCatchAnEntryEditedInTheDatabase() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long[] seqs = threeSteps(yuhu);
		jdbc.update("UPDATE audit_record SET new_value = '罚款 5000 元' WHERE bureau_id = ? AND seq = ?", yuhu, seqs[1]);
		mvc.perform(get("/api/audit/verify").with(api("yuhu.admin")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenSeq").value(seqs[1]))
			.andExpect(jsonPath("$.problem").value("内容与其摘要不符（记录被修改）"));
		mvc.perform(get("/admin/audit").with(page(users, "yuhu.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("记录链已被改动")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第" + seqs[1] + "条：内容与其摘要不符")));
	}

	@Test
	void shouldCatchAnEntryDeletedFromTheDatabase() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long[] seqs = threeSteps(yuhu);
		jdbc.update("DELETE FROM audit_record WHERE bureau_id = ? AND seq = ?", yuhu, seqs[1]);
		mvc.perform(get("/api/audit/verify").with(api("yuhu.admin")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenSeq").value(seqs[1]))
			.andExpect(jsonPath("$.problem").value("记录缺失（已被删除）"));
	}

	@Test
	void shouldCatchTheLastEntriesDeletedFromTheDatabase() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long[] seqs = threeSteps(yuhu);
		jdbc.update("DELETE FROM audit_record WHERE bureau_id = ? AND seq >= ?", yuhu, seqs[1]);
		mvc.perform(get("/api/audit/verify").with(api("yuhu.admin")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenSeq").value(seqs[1]));
	}

	@Test
	void shouldCatchAChainHeadSetBackOverTheLastEntries() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long[] seqs = threeSteps(yuhu);
		String hash = jdbc.queryForObject("SELECT entry_hash FROM audit_record WHERE bureau_id = ? AND seq = ?", String.class, yuhu,
				seqs[0]);
		jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE bureau_id = ?", seqs[0], hash, yuhu);
		mvc.perform(get("/api/audit/verify").with(api("yuhu.admin")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenSeq").value(seqs[1]))
			.andExpect(jsonPath("$.problem").value("链头与记录不符（链头被改动）"));
	}

	@Test
	void shouldCatchTwoEntriesSwappedInTheDatabase() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long[] seqs = threeSteps(yuhu);
		jdbc.update("UPDATE audit_record SET seq = -1 WHERE bureau_id = ? AND seq = ?", yuhu, seqs[0]);
		jdbc.update("UPDATE audit_record SET seq = ? WHERE bureau_id = ? AND seq = ?", seqs[0], yuhu, seqs[1]);
		jdbc.update("UPDATE audit_record SET seq = ? WHERE bureau_id = ? AND seq = -1", seqs[1], yuhu);
		mvc.perform(get("/api/audit/verify").with(api("yuhu.admin")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenSeq").value(seqs[0]))
			.andExpect(jsonPath("$.problem").value("与前一条记录的链接断开（记录被调换顺序、插入或删除）"));
	}

	@Test
	void shouldLetTheCommandFindTheSameBrokenLink() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		long[] seqs = threeSteps(yuhu);
		Connection c = DataSourceUtils.getConnection(dataSource);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertThat(AuditVerifyCommand.run(c, "430302", new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("雨湖区统计局（430302）：完整（共" + seqs[2] + "条）");
			jdbc.update("UPDATE audit_record SET actor = 'yuhu.inspector2' WHERE bureau_id = ? AND seq = ?", yuhu, seqs[2]);
			out.reset();
			assertThat(AuditVerifyCommand.run(c, null, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("雨湖区统计局（430302）：第" + seqs[2] + "条：内容与其摘要不符")
				.contains("岳塘区统计局（430304）：完整");
		}
		finally {
			DataSourceUtils.releaseConnection(c, dataSource);
		}
	}

	@Test
	void shouldShowTheRecordOnlyToTheBureausAdministrators() throws Exception {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		mvc.perform(get("/api/audit/verify").with(api("yuhu.inspector1"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/audit/verify").with(api("yuhu.director"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/audit/verify").param("bureauId", Long.toString(yuhu)).with(api("yuetang.admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/audit/verify").param("bureauId", Long.toString(yuhu)).with(api("city.admin")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.bureauId").value(yuhu));
		mvc.perform(get("/admin/audit").with(page(users, "yuhu.inspector1"))).andExpect(status().isForbidden());
	}

	/** Three steps on one inspection; returns their sequence numbers. */
	private long[] threeSteps(long bureauId) {
		AuditActor inspector = AuditActor.user(f.as("yuhu.inspector1"), "10.12.0.7");
		activity.record(inspector, bureauId, "INSPECTION", 41, "送达检查通知书", null, "雨统检通〔2026〕7号，签收人 王红梅");
		activity.recordChange(inspector, bureauId, "INSPECTION", 41, "现场检查", "资料齐全", "检查结果：责令改正", null, "责令改正");
		activity.record(AuditActor.user(f.as("yuhu.leader"), "10.12.0.9"), bureauId, "INSPECTION", 41, "检查办结", null, "责令改正");
		audit.flush();
		Long last = jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE bureau_id = ?", Long.class, bureauId);
		return new long[] { last - 2, last - 1, last };
	}

}
