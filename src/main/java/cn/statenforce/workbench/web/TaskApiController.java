package cn.statenforce.workbench.web;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.PageResult;
import cn.statenforce.workbench.TaskFilter;
import cn.statenforce.workbench.TaskInbox;
import cn.statenforce.workbench.TaskRow;
import cn.statenforce.workbench.WorkbenchSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api")
@Tag(name = "工作台", description = "待办、已办与签收")
@Validated
class TaskApiController {

	private final TaskInbox inbox;

	TaskApiController(TaskInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/workbench")
	@Operation(summary = "工作台统计：待办数、逾期数、3个工作日内到期数")
	WorkbenchSummary workbench() {
		return inbox.summary(CurrentUsers.get());
	}

	@GetMapping("/tasks")
	@Operation(summary = "待办任务")
	PageResult<TaskRow> todo(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return inbox.todo(CurrentUsers.get(), new TaskFilter(process, q, page, size));
	}

	@GetMapping("/tasks/done")
	@Operation(summary = "已办任务")
	PageResult<TaskRow> done(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return inbox.done(CurrentUsers.get(), new TaskFilter(process, q, page, size));
	}

	@GetMapping("/tasks/{taskId}")
	@Operation(summary = "查看一个待办任务")
	TaskRow task(@PathVariable String taskId) {
		return inbox.row(inbox.visibleTask(CurrentUsers.get(), taskId));
	}

	@PostMapping("/tasks/{taskId}/claim")
	@Operation(summary = "签收组任务")
	TaskRow claim(@PathVariable String taskId) {
		inbox.claim(CurrentUsers.get(), taskId);
		return inbox.row(inbox.visibleTask(CurrentUsers.get(), taskId));
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	@Operation(summary = "退回组任务")
	void unclaim(@PathVariable String taskId) {
		inbox.unclaim(CurrentUsers.get(), taskId);
	}

}
