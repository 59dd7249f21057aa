package cn.statenforce.workbench.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.workbench.BatchApprovals;
import cn.statenforce.workbench.StartedProcesses;
import cn.statenforce.workbench.TaskCopies;
import cn.statenforce.workbench.TaskFilter;
import cn.statenforce.workbench.TaskInbox;
import cn.statenforce.workbench.TaskCopy;
import cn.statenforce.workbench.TaskProxies;
import cn.statenforce.workbench.TaskVerbs;

/** The page forms of 转办, 委派, 抄送, 催办 (fragment workbench/task-verbs-hand), 抄送我 and 委托代理. */
@Controller
class TaskVerbController {

	private final TaskVerbs verbs;

	private final TaskCopies copies;

	private final TaskProxies proxies;

	private final TaskInbox inbox;

	private final StartedProcesses started;

	private final BatchApprovals batch;

	TaskVerbController(TaskVerbs verbs, TaskCopies copies, TaskProxies proxies, TaskInbox inbox, StartedProcesses started,
			BatchApprovals batch) {
		this.batch = batch;
		this.inbox = inbox;
		this.started = started;
		this.verbs = verbs;
		this.copies = copies;
		this.proxies = proxies;
	}

	@GetMapping("/tasks/started")
	String started(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("result", started.of(CurrentUsers.get(), page, 20));
		return "workbench/started";
	}

	/** 下一条待办: the newest open task of the user, or the list when there is none. */
	@GetMapping("/tasks/next")
	String next() {
		var todo = inbox.todo(CurrentUsers.get(), new TaskFilter(null, null, 1, 1));
		return todo.items().isEmpty() ? "redirect:/tasks" : "redirect:/tasks/" + todo.items().get(0).taskId();
	}

	/** 批量签收: claims every group task ticked in 待办; one a colleague took meanwhile is skipped and counted. */
	@PostMapping("/tasks/claim-batch")
	String claimBatch(@RequestParam(required = false) List<String> taskIds, RedirectAttributes redirect) {
		int claimed = 0;
		int skipped = 0;
		for (String id : taskIds == null ? List.<String>of() : taskIds) {
			try {
				inbox.claim(CurrentUsers.get(), id);
				claimed++;
			}
			catch (ConflictException | NotFoundException e) {
				skipped++;
			}
		}
		redirect.addFlashAttribute("message", "已签收 " + claimed + " 件" + (skipped > 0 ? "，" + skipped + " 件已由他人签收或已办结" : ""));
		return "redirect:/tasks";
	}

	/**
	 * 批量审批: agrees to every approval ticked in 待办 with one opinion, each in its own transaction through the
	 * capability's own step; the list shows 成功 / 失败 and the reason per task.
	 */
	@PostMapping("/tasks/approve-batch")
	String approveBatch(@RequestParam(required = false) List<String> taskIds, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		List<BatchApprovals.Result> results = batch.approve(CurrentUsers.get(), taskIds, opinion);
		long ok = results.stream().filter(BatchApprovals.Result::ok).count();
		redirect.addFlashAttribute("batchResults", results);
		redirect.addFlashAttribute("message", "批量审批：成功 " + ok + " 件" + (results.size() > ok ? "，失败 " + (results.size() - ok) + " 件" : ""));
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/transfer")
	String transfer(@PathVariable String taskId, @RequestParam(required = false) String receiver,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		verbs.transfer(CurrentUsers.get(), taskId, receiver, reason);
		redirect.addFlashAttribute("message", "已转办");
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/delegate")
	String delegate(@PathVariable String taskId, @RequestParam(required = false) String receiver,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		verbs.delegate(CurrentUsers.get(), taskId, receiver, note);
		redirect.addFlashAttribute("message", "已委派，被委派人办理完毕后任务交回您办结");
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/resolve")
	String resolve(@PathVariable String taskId, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		verbs.resolve(CurrentUsers.get(), taskId, note);
		redirect.addFlashAttribute("message", "已办理完毕，任务已交回委派人");
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/copy")
	String copy(@PathVariable String taskId, @RequestParam(required = false) List<String> recipients,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		int n = copies.copy(CurrentUsers.get(), taskId, recipients, note).size();
		redirect.addFlashAttribute("message", "已抄送 " + n + " 人");
		return "redirect:/tasks/" + taskId;
	}

	@PostMapping("/tasks/{taskId}/urge")
	String urge(@PathVariable String taskId, @RequestParam(required = false) String message,
			@RequestParam(required = false) String next, RedirectAttributes redirect) {
		verbs.urge(CurrentUsers.get(), taskId, message);
		redirect.addFlashAttribute("message", "已催办");
		return "redirect:" + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/tasks/" + taskId);
	}

	@GetMapping("/copies")
	String copies(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("result", copies.toMe(CurrentUsers.get(), page, 20));
		return "workbench/copies";
	}

	@GetMapping("/copies/{id}")
	String openCopy(@PathVariable long id) {
		TaskCopy c = copies.read(CurrentUsers.get(), id);
		return "redirect:" + (c.link() != null ? c.link() : "/copies");
	}

	@PostMapping("/copies/{id}/remove")
	String removeCopy(@PathVariable long id, @RequestParam(required = false) String taskId, RedirectAttributes redirect) {
		copies.remove(CurrentUsers.get(), id);
		redirect.addFlashAttribute("message", "已撤回抄送");
		return "redirect:" + (taskId != null && taskId.matches("[A-Za-z0-9-]+") ? "/tasks/" + taskId : "/copies");
	}

	@GetMapping("/proxies")
	String proxies(Model model) {
		model.addAttribute("proxies", proxies.of(CurrentUsers.get()));
		model.addAttribute("today", cn.statenforce.shared.AppClock.today());
		return "workbench/proxies";
	}

	@PostMapping("/proxies")
	String setProxy(@RequestParam(required = false) String proxy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		proxies.set(CurrentUsers.get(), proxy, validFrom, validTo, reason);
		redirect.addFlashAttribute("message", "已设置委托代理");
		return "redirect:/proxies";
	}

	@PostMapping("/proxies/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		proxies.revoke(CurrentUsers.get(), id);
		redirect.addFlashAttribute("message", "已撤销委托代理");
		return "redirect:/proxies";
	}

}
