package cn.statenforce.system;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;

/** Drives the atomicity probe process: the caller writes a domain row, then starts the probe process. */
public record AtomicityProbe(ActivityLog activityLog, RuntimeService runtimeService, JdbcTemplate jdbc) {

	public void start(long subject, boolean fail) {
		activityLog.record(AuditActor.system("system:test", "系统（测试）"), 1L, "ATOMICITY_PROBE", subject, "CALLER_WROTE", null, null);
		runtimeService.startProcessInstanceByKey(TestProcesses.ATOMICITY, "PROBE-" + subject,
				Map.of("subjectId", subject, "fail", fail));
	}

	/** Domain rows written for the subject (by the caller and by the delegate). */
	public int domainRows(long subject) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM activity_log WHERE subject_type = 'ATOMICITY_PROBE' AND subject_id = ?", Integer.class,
				subject);
	}

	public long instances(long subject) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PROBE-" + subject).count();
	}

}
