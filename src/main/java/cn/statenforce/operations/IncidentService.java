package cn.statenforce.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.operations.process.EngineIncidents;
import cn.statenforce.operations.process.EngineIncidents.EngineIncident;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/**
 * 异常流程: the failed background steps of the ADMIN's own bureau. Each incident is mapped to its record through the
 * capability that owns the process ({@link TaskSubjects}: business key → record, party, bureau, timeline subject);
 * an incident whose record is not known to belong to the bureau is never shown to it. A retry gives the step one more
 * try and runs it at once; who retried and how it went are recorded on the record's timeline.
 */
@Service
public class IncidentService {

	private final EngineIncidents engine;

	private final ObjectProvider<TaskSubjects> subjects;

	private final ActivityLog activity;

	private final TransactionTemplate tx;

	IncidentService(EngineIncidents engine, ObjectProvider<TaskSubjects> subjects, ActivityLog activity,
			TransactionTemplate tx) {
		this.engine = engine;
		this.subjects = subjects;
		this.activity = activity;
		this.tx = tx;
	}

	/** How a retry went: {@code resumed} false with the Chinese cause when the step failed again. */
	public record RetryOutcome(boolean resumed, String stepName, String cause) {
	}

	public List<FailedStep> failedSteps(CurrentUser admin) {
		requireAdmin(admin);
		return ofBureau(admin.bureauId()).stream().map(m -> view(m.incident(), m.subject())).toList();
	}

	/** The figure on the ADMIN's workbench (0 for everyone else is not shown: see {@link OperationsNavigation}). */
	public long count(CurrentUser admin) {
		return admin.hasRole(Role.ADMIN) ? ofBureau(admin.bureauId()).size() : 0;
	}

	/**
	 * Retries the failed step of one of the ADMIN's incidents: 404 when it is not (or no longer) an incident of the
	 * bureau. Not one transaction on purpose: the retry is recorded first, the step then runs in its own transaction
	 * (as the job executor would run it), and its outcome is recorded after.
	 */
	public RetryOutcome retry(CurrentUser admin, String incidentId) {
		requireAdmin(admin);
		Mapped m = ofBureau(admin.bureauId()).stream().filter(x -> x.incident().id().equals(incidentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("该异常不存在、已处理或不属于本局"));
		EngineIncident i = m.incident();
		String step = stepName(i);
		tx.executeWithoutResult(s -> {
			record(AuditActor.user(admin), m.subject(), "INCIDENT_RETRIED", "重试异常环节「" + step + "」（原因：" + IncidentCauses.describe(i.technical()) + "）");
			engine.allowOneMoreTry(i.jobId());
		});
		try {
			engine.runNow(i.jobId());
		}
		catch (RuntimeException failedAgain) {
			if (engine.jobExists(i.jobId())) {
				String cause = engine.find(incidentOf(i)).map(x -> IncidentCauses.describe(x.technical()))
					.orElse(IncidentCauses.describe(List.of(String.valueOf(failedAgain))));
				tx.executeWithoutResult(s -> record(AuditActor.user(admin), m.subject(), "INCIDENT_RETRY_FAILED", "重试后「" + step + "」仍未完成：" + cause));
				return new RetryOutcome(false, step, cause);
			}
			// the job executor ran it meanwhile: it is done
		}
		tx.executeWithoutResult(s -> record(AuditActor.user(admin), m.subject(), "INCIDENT_RESOLVED", "重试后「" + step + "」已完成，流程继续"));
		return new RetryOutcome(true, step, null);
	}

	/** The incident the engine raised again for the same job, if any. */
	private String incidentOf(EngineIncident previous) {
		return engine.open().stream().filter(x -> previous.jobId().equals(x.jobId())).map(EngineIncident::id).findFirst()
			.orElse(previous.id());
	}

	private void record(AuditActor actor, TaskSubject subject, String action, String detail) {
		activity.record(actor, subject.bureauId(), subject.subjectType(), subject.subjectId(), action, null, detail);
	}

	private record Mapped(EngineIncident incident, TaskSubject subject) {
	}

	/** The bureau's incidents with their records; incidents of records the bureau does not own are left out. */
	private List<Mapped> ofBureau(long bureauId) {
		List<EngineIncident> all = engine.open();
		Map<String, Set<String>> keysByProcess = new HashMap<>();
		for (EngineIncident i : all) {
			if (i.businessKey() != null) {
				keysByProcess.computeIfAbsent(i.processKey(), k -> new HashSet<>()).add(i.businessKey());
			}
		}
		Map<String, Map<String, TaskSubject>> described = new HashMap<>();
		for (TaskSubjects s : subjects) {
			for (String processKey : s.processKeys()) {
				Collection<String> keys = keysByProcess.get(processKey);
				if (keys != null) {
					described.computeIfAbsent(processKey, k -> new HashMap<>()).putAll(s.describe(keys));
				}
			}
		}
		List<Mapped> result = new ArrayList<>();
		for (EngineIncident i : all) {
			TaskSubject subject = Optional.ofNullable(described.get(i.processKey())).map(m -> m.get(i.businessKey())).orElse(null);
			if (subject != null && subject.bureauId() != null && subject.bureauId() == bureauId && subject.subjectType() != null) {
				result.add(new Mapped(i, subject));
			}
		}
		return result;
	}

	private static FailedStep view(EngineIncident i, TaskSubject s) {
		return new FailedStep(i.id(), s.number() != null ? s.number() : i.businessKey(), s.title(), s.partyName(), s.link(), i.processName(), stepName(i),
				i.occurredAt(), IncidentCauses.describe(i.technical()), i.technical());
	}

	private static String stepName(EngineIncident i) {
		return i.activityName() != null ? i.activityName() : "后台步骤";
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("异常流程只有本局管理员可以查看和处理");
		}
	}

}
