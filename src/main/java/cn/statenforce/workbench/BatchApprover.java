package cn.statenforce.workbench;

import java.util.Collection;
import java.util.Map;

import cn.statenforce.organization.CurrentUser;

/**
 * 批量审批, the capability's side: agrees (同意) to the record of one open approval step with the shared opinion,
 * through the capability's own step method — the same lock, scope, current/offered task and checks as a single
 * approval on the record's page; a refusal is that method's exception (409/400/403/404), and then nothing of this
 * record changed. Only steps the model marks ({@link BatchApprovals#PROPERTY}) are ever handed here.
 */
public interface BatchApprover {

	/** Process definition keys this approver speaks for. */
	Collection<String> processKeys();

	/**
	 * Agrees to the step {@code taskKey} of the record the process carries in {@code variables} (e.g. {@code planId}),
	 * with the opinion (may be null when the step does not require one).
	 */
	void approve(CurrentUser user, String taskKey, Map<String, Object> variables, String opinion);

	/** The id a process variable carries, or a 409 when the task does not carry it. */
	static long id(Map<String, Object> variables, String name) {
		if (variables.get(name) instanceof Number n) {
			return n.longValue();
		}
		throw new cn.statenforce.shared.ConflictException("该任务不能批量审批，请逐件办理");
	}

}
