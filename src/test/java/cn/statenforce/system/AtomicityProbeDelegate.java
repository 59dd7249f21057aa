package cn.statenforce.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;

/**
 * Test-only delegate (bean {@code atomicityProbe}): writes a domain row, then fails when the process
 * variable {@code fail} is true. Used to prove that domain rows and engine state commit together.
 */
@Component("atomicityProbe")
class AtomicityProbeDelegate implements JavaDelegate {

	private final ActivityLog activityLog;

	AtomicityProbeDelegate(ActivityLog activityLog) {
		this.activityLog = activityLog;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long subjectId = (Long) execution.getVariable("subjectId");
		activityLog.record(AuditActor.JOB, 1L, "ATOMICITY_PROBE", subjectId, "DELEGATE_WROTE", null, null);
		if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
			throw new IllegalStateException("probe failure requested");
		}
	}

}
