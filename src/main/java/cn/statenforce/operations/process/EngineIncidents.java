package cn.statenforce.operations.process;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.statenforce.shared.AppClock;

/**
 * The engine side of the incident page: open failed-job incidents with what identifies them (process, business key,
 * the step's name from the model, the job) and the head of the exception — never the whole stack trace — and the
 * retry (give the job one more try and run it now). Incidents propagated to a parent are skipped (only the root
 * cause is listed).
 */
@Component
public class EngineIncidents {

	/** Longest technical line kept (the exception class and message). */
	static final int MAX_LINE = 500;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	private final Map<String, ProcessDefinition> definitions = new java.util.concurrent.ConcurrentHashMap<>();

	EngineIncidents(RuntimeService runtime, ManagementService management, RepositoryService repository) {
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
	}

	/**
	 * @param technical the exception's class and message, and those of its deepest cause (one line each)
	 */
	public record EngineIncident(String id, LocalDateTime occurredAt, String processInstanceId, String processKey,
			String processName, String businessKey, String activityId, String activityName, String jobId,
			List<String> technical) {
	}

	/** All open failed-job incidents, newest first. */
	public List<EngineIncident> open() {
		return describe(runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
			.orderByIncidentTimestamp().desc().list());
	}

	public Optional<EngineIncident> find(String incidentId) {
		return describe(runtime.createIncidentQuery().incidentId(incidentId).incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
			.list()).stream().findFirst();
	}

	/** Whether the job still exists (it is gone once it ran to completion). */
	public boolean jobExists(String jobId) {
		return management.createJobQuery().jobId(jobId).count() > 0;
	}

	/** Gives the failed job one more try (this resolves its incident). */
	public void allowOneMoreTry(String jobId) {
		management.setJobRetries(jobId, 1);
	}

	/**
	 * Runs the job now, in its own transaction, as the system: the job is a background step, so what it records is
	 * the system's, not the retrying ADMIN's (the retry itself is recorded by the caller). A failure is handled by
	 * the engine (retries decremented, the incident raised again) and rethrown.
	 */
	public void runNow(String jobId) {
		SecurityContext signedIn = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			management.executeJob(jobId);
		}
		finally {
			SecurityContextHolder.setContext(signedIn);
		}
	}

	private List<EngineIncident> describe(List<Incident> incidents) {
		List<Incident> roots = incidents.stream()
			.filter(i -> i.getRootCauseIncidentId() == null || i.getRootCauseIncidentId().equals(i.getId()))
			.toList();
		if (roots.isEmpty()) {
			return List.of();
		}
		Set<String> instanceIds = roots.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> businessKeys = new HashMap<>();
		runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
			.forEach(pi -> businessKeys.put(pi.getId(), ((ProcessInstance) pi).getBusinessKey()));
		List<EngineIncident> result = new ArrayList<>();
		for (Incident i : roots) {
			ProcessDefinition d = definition(i.getProcessDefinitionId());
			result.add(new EngineIncident(i.getId(),
					LocalDateTime.ofInstant(i.getIncidentTimestamp().toInstant(), AppClock.ZONE), i.getProcessInstanceId(),
					d.getKey(), d.getName(), businessKeys.get(i.getProcessInstanceId()), i.getActivityId(),
					activityName(d, i.getActivityId()), i.getConfiguration(), technical(i)));
		}
		return result;
	}

	private List<String> technical(Incident incident) {
		String trace = null;
		try {
			trace = incident.getConfiguration() == null ? null : management.getJobExceptionStacktrace(incident.getConfiguration());
		}
		catch (RuntimeException noSuchJobAnyMore) {
			// the job ran meanwhile; keep the incident message
		}
		List<String> lines = new ArrayList<>();
		if (trace != null) {
			List<String> heads = Arrays.stream(trace.split("\\R")).filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList();
			if (!heads.isEmpty()) {
				lines.add(cut(heads.get(0)));
				if (heads.size() > 1) {
					lines.add(cut(heads.get(heads.size() - 1)));
				}
			}
		}
		else if (incident.getIncidentMessage() != null) {
			lines.add(cut(incident.getIncidentMessage()));
		}
		return lines;
	}

	private static String cut(String line) {
		return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "…";
	}

	private String activityName(ProcessDefinition d, String activityId) {
		if (activityId == null) {
			return null;
		}
		ModelElementInstance e = repository.getBpmnModelInstance(d.getId()).getModelElementById(activityId);
		return e == null ? null : e.getAttributeValue("name");
	}

	private ProcessDefinition definition(String id) {
		return definitions.computeIfAbsent(id, repository::getProcessDefinition);
	}

}
