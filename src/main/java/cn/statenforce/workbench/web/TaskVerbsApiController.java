package cn.statenforce.workbench.web;

import java.util.List;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.OpinionPhrase;
import cn.statenforce.workbench.OpinionPhrases;
import cn.statenforce.workbench.TaskInbox;
import cn.statenforce.workbench.TaskNote;
import cn.statenforce.workbench.TaskReturns;
import cn.statenforce.workbench.TaskRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 退回, 撤回 and 常用意见 of the shared task step (issue 12), for every process. */
@RestController
@RequestMapping("/api")
@Tag(name = "审批操作", description = "退回、撤回与常用意见")
class TaskVerbsApiController {

	/** 退回: the step to go back to (element id from return-targets) and the opinion (审批意见, required). */
	record ReturnRequest(String targetStep, String opinion, Boolean savePhrase) {
	}

	/** 撤回: an optional reason. */
	record WithdrawRequest(String opinion) {
	}

	/** A phrase to keep. */
	record PhraseRequest(String phrase) {
	}

	private final TaskReturns returns;

	private final TaskInbox inbox;

	private final OpinionPhrases phrases;

	TaskVerbsApiController(TaskReturns returns, TaskInbox inbox, OpinionPhrases phrases) {
		this.returns = returns;
		this.inbox = inbox;
		this.phrases = phrases;
	}

	@GetMapping("/tasks/{taskId}/return-targets")
	@Operation(summary = "可退回的环节（由流程模型确定）")
	List<TaskReturns.Target> targets(@PathVariable String taskId) {
		return returns.targets(CurrentUsers.get(), taskId);
	}

	@PostMapping("/tasks/{taskId}/return")
	@Operation(summary = "退回到之前的环节，须填写审批意见；返回重新打开的任务")
	TaskRow returnTo(@PathVariable String taskId, @RequestBody ReturnRequest body) {
		var reopened = returns.returnTo(CurrentUsers.get(), taskId, body.targetStep(), body.opinion(),
				Boolean.TRUE.equals(body.savePhrase()));
		return inbox.row(reopened);
	}

	@PostMapping("/tasks/{taskId}/withdraw")
	@Operation(summary = "撤回本人已办理的环节（下一环节尚未办理时）；任务编号为已办任务的编号")
	TaskRow withdraw(@PathVariable String taskId, @RequestBody(required = false) WithdrawRequest body) {
		var reopened = returns.withdraw(CurrentUsers.get(), taskId, body == null ? null : body.opinion());
		return inbox.row(reopened);
	}

	@GetMapping("/tasks/{taskId}/notes")
	@Operation(summary = "任务的退回、撤回记录（含审批意见）")
	List<TaskNote> notes(@PathVariable String taskId) {
		inbox.visibleTask(CurrentUsers.get(), taskId);
		return returns.notes(taskId);
	}

	@GetMapping("/opinion-phrases")
	@Operation(summary = "常用意见（默认的与本人保存的）")
	List<OpinionPhrase> phrases() {
		return phrases.of(CurrentUsers.get());
	}

	@PostMapping("/opinion-phrases")
	@Operation(summary = "保存一条常用意见")
	OpinionPhrase addPhrase(@RequestBody PhraseRequest body) {
		return phrases.add(CurrentUsers.get(), body.phrase());
	}

	@DeleteMapping("/opinion-phrases/{id}")
	@Operation(summary = "删除本人的一条常用意见")
	void removePhrase(@PathVariable long id) {
		phrases.remove(CurrentUsers.get(), id);
	}

}
