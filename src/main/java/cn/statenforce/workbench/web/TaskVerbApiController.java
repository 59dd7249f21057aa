package cn.statenforce.workbench.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.BatchApprovals;
import cn.statenforce.shared.PageResult;
import cn.statenforce.workbench.TaskCopies;
import cn.statenforce.workbench.TaskCopy;
import cn.statenforce.workbench.TaskProxies;
import cn.statenforce.workbench.TaskProxy;
import cn.statenforce.workbench.TaskVerbs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 转办, 委派, 抄送, 催办 on an open task, 抄送我 and 委托代理: the same verbs for every process. */
@RestController
@RequestMapping("/api")
@Tag(name = "审批操作", description = "转办、委派、抄送、催办与委托代理")
@Validated
class TaskVerbApiController {

	private final TaskVerbs verbs;

	private final TaskCopies copies;

	private final TaskProxies proxies;

	private final cn.statenforce.workbench.TaskInbox inbox;

	private final BatchApprovals batch;

	TaskVerbApiController(TaskVerbs verbs, TaskCopies copies, TaskProxies proxies, cn.statenforce.workbench.TaskInbox inbox,
			BatchApprovals batch) {
		this.batch = batch;
		this.inbox = inbox;
		this.verbs = verbs;
		this.copies = copies;
		this.proxies = proxies;
	}

	record Transfer(@NotBlank(message = "请选择接收人") @Size(max = 64, message = "接收人不能超过64个字符") String receiver,
			@NotBlank(message = "请填写转办理由") @Size(max = 500, message = "转办理由不能超过500个字符") String reason) {
	}

	record Delegation(@NotBlank(message = "请选择被委派人") @Size(max = 64, message = "接收人不能超过64个字符") String receiver,
			@Size(max = 500, message = "委派说明不能超过500个字符") String note) {
	}

	record Resolution(@Size(max = 500, message = "办理情况不能超过500个字符") String note) {
	}

	record CopyRequest(@NotEmpty(message = "请选择抄送人") @Size(max = 50, message = "抄送人一次最多50人") List<String> recipients,
			@Size(max = 500, message = "抄送说明不能超过500个字符") String note) {
	}

	record Urge(@NotBlank(message = "请填写催办内容") @Size(max = 500, message = "催办内容不能超过500个字符") String message) {
	}

	record ProxyRequest(@NotBlank(message = "请选择代理人") @Size(max = 64, message = "代理人不能超过64个字符") String proxy,
			@NotNull(message = "请填写代理开始日期") LocalDate validFrom, @NotNull(message = "请填写代理结束日期") LocalDate validTo,
			@Size(max = 200, message = "代理事由不能超过200个字符") String reason) {
	}

	record BatchClaim(@NotEmpty(message = "请选择要签收的任务") @Size(max = 100, message = "一次最多签收100件") List<String> taskIds) {
	}

	record BatchClaimResult(List<String> claimed, List<String> skipped) {
	}

	@PostMapping("/tasks/claim")
	@Operation(summary = "批量签收组任务（已由他人签收或已办结的跳过）")
	BatchClaimResult claimBatch(@Valid @RequestBody BatchClaim body) {
		List<String> claimed = new java.util.ArrayList<>();
		List<String> skipped = new java.util.ArrayList<>();
		for (String id : body.taskIds()) {
			try {
				inbox.claim(CurrentUsers.get(), id);
				claimed.add(id);
			}
			catch (cn.statenforce.shared.ConflictException | cn.statenforce.shared.NotFoundException e) {
				skipped.add(id);
			}
		}
		return new BatchClaimResult(claimed, skipped);
	}

	record BatchApproval(@NotEmpty(message = "请选择要审批的任务") @Size(max = 50, message = "一次最多批量审批50件") List<String> taskIds,
			@Size(max = 1000, message = "审批意见不能超过1000个字符") String opinion) {
	}

	@PostMapping("/tasks/approve-batch")
	@Operation(summary = "批量审批：以同一审批意见同意所选任务（仅限流程模型标明可批量审批的环节），逐件办理并返回每件的结果")
	List<BatchApprovals.Result> approveBatch(@Valid @RequestBody BatchApproval body) {
		return batch.approve(CurrentUsers.get(), body.taskIds(), body.opinion());
	}

	@PostMapping("/tasks/{taskId}/transfer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "转办：把待办交给本环节的另一位办理人")
	void transfer(@PathVariable String taskId, @Valid @RequestBody Transfer body) {
		verbs.transfer(CurrentUsers.get(), taskId, body.receiver(), body.reason());
	}

	@PostMapping("/tasks/{taskId}/delegate")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "委派：请同事办理后交回，由本人办结")
	void delegate(@PathVariable String taskId, @Valid @RequestBody Delegation body) {
		verbs.delegate(CurrentUsers.get(), taskId, body.receiver(), body.note());
	}

	@PostMapping("/tasks/{taskId}/resolve")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "委派办理完毕，交回委派人")
	void resolve(@PathVariable String taskId, @Valid @RequestBody(required = false) Resolution body) {
		verbs.resolve(CurrentUsers.get(), taskId, body == null ? null : body.note());
	}

	@PostMapping("/tasks/{taskId}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "抄送/传阅：抄送人可查阅业务记录（只读）")
	List<TaskCopy> copy(@PathVariable String taskId, @Valid @RequestBody CopyRequest body) {
		return copies.copy(CurrentUsers.get(), taskId, body.recipients(), body.note());
	}

	@PostMapping("/tasks/{taskId}/urge")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "催办：每个任务每天一次")
	void urge(@PathVariable String taskId, @Valid @RequestBody Urge body) {
		verbs.urge(CurrentUsers.get(), taskId, body.message());
	}

	@GetMapping("/copies")
	@Operation(summary = "抄送我")
	PageResult<TaskCopy> copies(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return copies.toMe(CurrentUsers.get(), page, size);
	}

	@PostMapping("/copies/{id}/read")
	@Operation(summary = "标记抄送已阅")
	TaskCopy read(@PathVariable long id) {
		return copies.read(CurrentUsers.get(), id);
	}

	@DeleteMapping("/copies/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "撤回抄送（抄送人的查阅权限随之结束）")
	void removeCopy(@PathVariable long id) {
		copies.remove(CurrentUsers.get(), id);
	}

	@GetMapping("/proxies")
	@Operation(summary = "我的委托代理（我委托的和委托我的）")
	List<TaskProxy> proxies() {
		return proxies.of(CurrentUsers.get());
	}

	@PostMapping("/proxies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "设置委托代理：期间内分配给我的待办交代理人办理")
	TaskProxy setProxy(@Valid @RequestBody ProxyRequest body) {
		return proxies.set(CurrentUsers.get(), body.proxy(), body.validFrom(), body.validTo(), body.reason());
	}

	@DeleteMapping("/proxies/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "撤销委托代理")
	void revokeProxy(@PathVariable long id) {
		proxies.revoke(CurrentUsers.get(), id);
	}

}
