package cn.statenforce.inspection.process;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.workbench.ProcessGateway;
import cn.statenforce.workbench.TaskSteps;

/**
 * The inspection plan's workflow gateway: every decision on a plan (审批, 修改后重新提交, 随机抽取, 启动检查, 公开) is a
 * user task of {@code inspection-plan.bpmn}, completed here through the shared task step. Runs in the caller's
 * transaction.
 */
@Component
public class InspectionPlanWorkflow extends ProcessGateway {

	private final TaskService tasks;

	InspectionPlanWorkflow(RuntimeService runtime, TaskService tasks, TaskSteps steps) {
		super(runtime, steps);
		this.tasks = tasks;
	}

	/** Starts the plan's process on its submission (business key: the plan number); returns the instance id. */
	public String start(String planNumber, long planId, String regionCode, String author) {
		return start(InspectionPlanProcess.KEY, planNumber, vars(planId, regionCode, author, null));
	}

	/**
	 * Starts the process of a plan that reached a step before plans had a process (rows from before the model):
	 * the instance waits in the given user tasks ({@code InspectionPlanProcess.TASK_*}).
	 */
	public String startAt(String planNumber, long planId, String regionCode, String author, Date publishDue,
			List<String> taskKeys) {
		ProcessInstantiationBuilder b = runtime.createProcessInstanceByKey(InspectionPlanProcess.KEY)
			.businessKey(planNumber)
			.setVariables(vars(planId, regionCode, author, publishDue));
		for (String key : taskKeys) {
			b = b.startBeforeActivity(key);
		}
		return b.execute().getId();
	}

	private static Map<String, Object> vars(long planId, String regionCode, String author, Date publishDue) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(InspectionPlanProcess.VAR_PLAN_ID, planId);
		vars.put(InspectionPlanProcess.VAR_REGION_CODE, regionCode);
		vars.put(InspectionPlanProcess.VAR_AUTHOR, author);
		vars.put(InspectionPlanProcess.VAR_PUBLISH_DUE, publishDue);
		return vars;
	}

	/** 审批检查计划 decided: approved → 随机抽取, otherwise back to the author (修改检查计划). */
	public void decide(CurrentUser user, Task task, boolean approved) {
		complete(user, task, Map.of(InspectionPlanProcess.VAR_APPROVED, approved));
	}

	/** The inspections started: 公开计划和结果 (if still open) is due by the publication deadline. */
	public void publishDue(String processInstanceId, Date due) {
		if (processInstanceId == null) {
			return;
		}
		for (Task t : open(processInstanceId)) {
			if (InspectionPlanProcess.TASK_PUBLISH.equals(t.getTaskDefinitionKey())) {
				runtime.setVariable(processInstanceId, InspectionPlanProcess.VAR_PUBLISH_DUE, due);
				t.setDueDate(due);
				tasks.saveTask(t);
			}
		}
	}

	/** The plan a task of the plan's process is about. */
	public long planId(Task task) {
		return recordId(task, InspectionPlanProcess.VAR_PLAN_ID);
	}

}
