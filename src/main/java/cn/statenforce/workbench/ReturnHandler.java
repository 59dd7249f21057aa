package cn.statenforce.workbench;

import java.util.Collection;
import java.util.Map;

import cn.statenforce.audit.AuditActor;

/**
 * What a record's status becomes when its process goes back to an earlier step (退回 by the approver, 撤回 by the one
 * who did the earlier step): implemented by each capability for the processes it owns, called by {@link TaskReturns}
 * inside the same transaction, before the engine moves. A handler may refuse with {@code ConflictException} (409),
 * and then nothing changes. A process without a handler offers no return target.
 */
public interface ReturnHandler {

	/** Process definition keys this handler speaks for. */
	Collection<String> processKeys();

	/**
	 * Whether the record may lawfully go back to {@code toStep} from {@code fromStep} (the model's targets are
	 * filtered by this): e.g. a step that served a document on the party is not done again by a return.
	 */
	boolean allows(String fromStep, String toStep);

	/** Moves the record to the status the law gives it at {@code toStep}; runs in the caller's transaction. */
	void returned(StepReturn r);

	/** Which verb moved the process back. */
	enum Kind {
		/** 退回: the approver of the current step sends it back. */
		RETURN,
		/** 撤回: the one who did the earlier step takes it back before the next step is acted on. */
		WITHDRAW
	}

	/**
	 * One move back: the step left ({@code fromStep}), the step reopened ({@code toStep}), the opinion, the actor and
	 * the process variables seen from the left task (record ids such as {@code caseId}, {@code measureId}), and the
	 * person who moved it back as the 全过程记录 records them ({@code by}: the handler's entries continue their action).
	 */
	record StepReturn(Kind kind, String processKey, String processInstanceId, String businessKey, String fromStep,
			String toStep, String opinion, String actor, Map<String, Object> variables, AuditActor by) {

		/** A record id the process carries, {@code null} when absent. */
		public Long id(String variable) {
			return variables.get(variable) instanceof Number n ? n.longValue() : null;
		}

	}

}
