package cn.statenforce.workbench;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;

import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserSummary;

/**
 * A capability's veto on who may receive one of its open tasks by 转办, 委派 or 委托代理 (e.g. the enforcement case: an
 * investigator of the case never receives the decision approval or the legal review). The workbench applies its
 * own rules first (the step's role and bureau, the 统计执法证 for inspector steps), then every capability's
 * rule; the first veto refuses the hand-over (409 with its reason).
 */
public interface TaskReceiverRule {

	/** How a task reaches its receiver. */
	enum Handover {

		TRANSFER("转办"), DELEGATE("委派"), PROXY("委托代理");

		private final String label;

		Handover(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * The open task about to change hands: its process and step, the record it is about (subject type and id, may
	 * be null for a process without a described record), the roles the step asks for and who receives it.
	 */
	record Receiving(Task task, String processKey, String taskKey, String stepName, TaskSubject subject,
			Set<Role> stepRoles, UserSummary receiver, Handover handover) {

		public boolean isAbout(String subjectType) {
			return subject != null && subjectType.equals(subject.subjectType()) && subject.subjectId() != null;
		}

	}

	/** The reason (Chinese, for a 409) why the receiver may not receive the task; empty when they may. */
	Optional<String> veto(Receiving receiving);

}
