package cn.statenforce.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;

/**
 * 批量审批 in 待办: the user ticks several open approvals and agrees to all with one opinion. Which steps allow it is
 * read from the deployed model — a user task with the extension property {@code batchApproval = true} — never listed
 * in Java: approvals that take no per-record form input (an inspection plan's approval and its publication, the
 * triage approval of a complaint, the credit-repair approval). The penalty decision approval, and every step whose
 * checklist or form needs per-record input, are not marked. Each task is done in its own transaction through the
 * capability's own step ({@link BatchApprover}), so that one refused (not current any more, claimed by a colleague,
 * out of scope, a check of the record failing) changes nothing of itself and nothing of the others; the result says
 * per task 成功 or 失败 with the reason.
 */
@Service
public class BatchApprovals {

	/** The model's mark on a user task that may be approved in a batch. */
	public static final String PROPERTY = "batchApproval";

	/** Most tasks approved at once. */
	public static final int MAX_TASKS = 50;

	/** One task's outcome. */
	public record Result(String taskId, String taskName, String number, boolean ok, String reason) {

		@com.fasterxml.jackson.annotation.JsonProperty("label")
		public String label() {
			return ok ? "成功" : "失败";
		}

	}

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchApprovals.class);

	private final TaskService tasks;

	private final TaskSteps steps;

	private final ProcessModels models;

	private final TaskRecords records;

	private final List<BatchApprover> approvers;

	private final TransactionTemplate perTask;

	private final Map<String, Boolean> marks = new ConcurrentHashMap<>();

	BatchApprovals(TaskService tasks, TaskSteps steps, ProcessModels models, TaskRecords records,
			List<BatchApprover> approvers, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.steps = steps;
		this.models = models;
		this.records = records;
		this.approvers = approvers;
		this.perTask = new TransactionTemplate(transactions);
		this.perTask.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether the model marks step {@code taskKey} of the definition for 批量审批. */
	public boolean marked(String processDefinitionId, String taskKey) {
		return marks.computeIfAbsent(processDefinitionId + "#" + taskKey, k -> {
			ModelElementInstance e = models.model(processDefinitionId).getModelElementById(taskKey);
			if (!(e instanceof UserTask u)) {
				return false;
			}
			ExtensionElements ext = u.getExtensionElements();
			if (ext == null) {
				return false;
			}
			return ext.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
				.flatMap(p -> p.getCamundaProperties().stream())
				.anyMatch(p -> PROPERTY.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
		});
	}

	/** Of these open tasks, the ones whose step allows 批量审批 (for the checkboxes in 待办). */
	public Set<String> allowed(Collection<TaskRow> rows) {
		List<String> ids = rows.stream().filter(r -> r.ended() == null).map(TaskRow::taskId).toList();
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<String> result = new LinkedHashSet<>();
		for (Task t : tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).active().list()) {
			if (marked(t.getProcessDefinitionId(), t.getTaskDefinitionKey()) && approver(t).isPresent()) {
				result.add(t.getId());
			}
		}
		return result;
	}

	/**
	 * 批量审批: agrees to each task with the opinion, each in its own transaction (400 naming the field when no task is
	 * chosen, too many are, or the opinion is too long). Returns the result per task, in the order given.
	 */
	public List<Result> approve(CurrentUser user, List<String> taskIds, String opinion) {
		if (taskIds == null || taskIds.isEmpty()) {
			throw new BadRequestException("taskIds", "请选择要审批的任务");
		}
		List<String> ids = List.copyOf(new LinkedHashSet<>(taskIds));
		if (ids.size() > MAX_TASKS) {
			throw new BadRequestException("taskIds", "一次最多批量审批" + MAX_TASKS + "件");
		}
		String text = Inputs.optional("opinion", "审批意见", opinion, TaskReturns.MAX_OPINION);
		List<Result> results = new ArrayList<>();
		for (String id : ids) {
			String[] shown = { "该任务", null };
			try {
				perTask.executeWithoutResult(status -> {
					Task t = steps.assignedTask(user, id);
					shown[0] = t.getName();
					TaskSubject s = records.subject(t);
					shown[1] = s == null ? null : s.number() != null ? s.number() : records.businessKey(t.getProcessInstanceId());
					BatchApprover approver = approver(t).filter(a -> marked(t.getProcessDefinitionId(), t.getTaskDefinitionKey()))
						.orElseThrow(() -> new ConflictException("「" + t.getName() + "」需逐件审核办理，不能批量审批"));
					Map<String, Object> vars = new HashMap<>(tasks.getVariables(t.getId()));
					approver.approve(user, t.getTaskDefinitionKey(), vars, text);
				});
				results.add(new Result(id, shown[0], shown[1], true, null));
			}
			catch (ConflictException | NotFoundException | ForbiddenException | BadRequestException e) {
				results.add(new Result(id, shown[0], shown[1], false, e.getMessage()));
			}
			catch (RuntimeException e) {
				// an unexpected failure of one record is rolled back with it and never stops the others
				LOG.warn("batch approval of task {} failed", id, e);
				results.add(new Result(id, shown[0], shown[1], false, "系统未能办理该件，请打开任务逐件办理"));
			}
		}
		return results;
	}

	private Optional<BatchApprover> approver(Task t) {
		String key = records.processKey(t);
		return approvers.stream().filter(a -> a.processKeys().contains(key)).findFirst();
	}

}
