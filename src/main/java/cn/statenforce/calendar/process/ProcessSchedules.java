package cn.statenforce.calendar.process;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's schedule of process instances up to date after the deadlines they read have moved: each
 * active user task's due date is re-evaluated from its {@code camunda:dueDate} expression, each date timer's due
 * date from its timer definition ({@link ManagementService#recalculateJobDuedate}). Cycle timers are left alone (their
 * next tick does not depend on the calendar). Runs in the caller's transaction.
 */
@Component
public class ProcessSchedules {

	private static final String DATE_TIMER = "DATE:";

	private final ProcessEngineConfigurationImpl configuration;

	private final TaskService tasks;

	private final ManagementService management;

	ProcessSchedules(ProcessEngine engine, TaskService tasks, ManagementService management) {
		this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		this.tasks = tasks;
		this.management = management;
	}

	/** @return how many due dates (tasks and timers) were re-evaluated */
	public int refresh(Collection<String> processInstanceIds) {
		int refreshed = 0;
		for (String pi : processInstanceIds) {
			for (Map.Entry<String, Date> e : evaluatedDueDates(pi).entrySet()) {
				Task t = tasks.createTaskQuery().taskId(e.getKey()).singleResult();
				t.setDueDate(e.getValue());
				tasks.saveTask(t);
				refreshed++;
			}
			for (Job job : management.createJobQuery().processInstanceId(pi).timers().list()) {
				JobDefinition d = job.getJobDefinitionId() == null ? null
						: management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
				if (d != null && d.getJobConfiguration() != null && d.getJobConfiguration().startsWith(DATE_TIMER)) {
					management.recalculateJobDuedate(job.getId(), false);
					refreshed++;
				}
			}
		}
		return refreshed;
	}

	/** Task id → due date, for the active tasks whose due-date expression now gives another date. */
	private Map<String, Date> evaluatedDueDates(String processInstanceId) {
		return configuration.getCommandExecutorTxRequired().execute(context -> {
			Map<String, Date> moved = new HashMap<>();
			for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
				TaskDefinition definition = task.getTaskDefinition();
				Expression expression = definition == null ? null : definition.getDueDateExpression();
				if (expression == null || task.getExecution() == null) {
					continue;
				}
				Object value = expression.getValue(task.getExecution());
				Date due = value instanceof Date d ? d
						: value instanceof String s && !s.isBlank() ? configuration.getBusinessCalendarManager()
							.getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate(s, task)
						: null;
				if (!Objects.equals(due, task.getDueDate())) {
					moved.put(task.getId(), due);
				}
			}
			return moved;
		});
	}

}
