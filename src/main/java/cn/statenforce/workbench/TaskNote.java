package cn.statenforce.workbench;

import java.time.LocalDateTime;

/**
 * What a return (退回) or withdrawal (撤回) said about the task it reopened: shown on that task's page and in 待办.
 * Steps are the model's element ids; {@code fromName}/{@code toName} are filled from the model for display.
 */
public record TaskNote(Long id, String processInstanceId, String taskId, String noteKind, String fromStep,
		String toStep, String opinion, String actor, String actorName, LocalDateTime createdAt, String fromName,
		String toName) {

	public boolean isReturn() {
		return "RETURN".equals(noteKind);
	}

	/** 退回 / 撤回 as the bureau user reads it. */
	public String kindLabel() {
		return isReturn() ? "退回" : "撤回";
	}

	TaskNote named(String from, String to) {
		return new TaskNote(id, processInstanceId, taskId, noteKind, fromStep, toStep, opinion, actor, actorName,
				createdAt, from, to);
	}

}
