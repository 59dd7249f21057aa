package cn.statenforce.inspection.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The inspection's workflow gateway: the capability's only engine calls (starting an inspection's process, the
 * shared task step for the tasks the inspectors open from the workbench, the inspector change on open tasks, the
 * re-check message). Runs in the caller's transaction.
 */
@Component
public class InspectionWorkflow extends ProcessGateway {

	private final TaskService tasks;

	InspectionWorkflow(RuntimeService runtime, TaskService tasks, TaskSteps steps) {
		super(runtime, steps);
		this.tasks = tasks;
	}

	/** Starts the process of one inspection (business key: the inspection number). */
	public void start(String inspectionNumber, Map<String, Object> vars) {
		start(InspectionProcess.KEY, inspectionNumber, vars);
	}

	/**
	 * The task the user opened by id, which must be step {@code taskKey} of an inspection's process (404 when it
	 * was never the user's, 409 when a colleague holds it or it is another step).
	 */
	public Task task(CurrentUser user, String taskId, String taskKey) {
		return steps.byId(user, taskId, taskKey, InspectionProcess.VAR_INSPECTION_ID);
	}

	/** The inspection a task of the inspection process is about. */
	public long inspectionId(Task task) {
		return recordId(task, InspectionProcess.VAR_INSPECTION_ID);
	}

	/** The open tasks of the inspection's process. */
	public List<Task> openTasks(String inspectionNumber) {
		return tasks.createTaskQuery().processDefinitionKey(InspectionProcess.KEY)
			.processInstanceBusinessKey(inspectionNumber).active().list();
	}

	/**
	 * 更换执法人员 on the open tasks: the process variable of the replaced inspector (first or second) names the
	 * replacement, who becomes a candidate instead; a task the replaced inspector had claimed goes back to the
	 * candidates.
	 */
	public void replaceInspector(List<Task> open, boolean first, String replaced, String replacement) {
		runtime.setVariable(open.get(0).getProcessInstanceId(),
				first ? InspectionProcess.VAR_INSPECTOR1 : InspectionProcess.VAR_INSPECTOR2, replacement);
		for (Task t : open) {
			tasks.deleteCandidateUser(t.getId(), replaced);
			tasks.addCandidateUser(t.getId(), replacement);
			if (replaced.equals(t.getAssignee())) {
				tasks.setAssignee(t.getId(), null);
			}
		}
	}

	/** The re-check result arrived from rectification. */
	public void rechecked(String inspectionNumber, boolean corrected) {
		runtime.createMessageCorrelation(InspectionProcess.MESSAGE_RECHECKED)
			.processInstanceBusinessKey(inspectionNumber)
			.setVariable(InspectionProcess.VAR_CORRECTED, corrected)
			.correlate();
	}

}
