package cn.statenforce.inspection.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.statenforce.inspection.InspectionRegisters;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.AppClock;

/** 检查事项清单, 执法检查人员名录库 and recusal declarations. */
@Controller
class InspectionRegisterController {

	private final InspectionRegisters registers;

	private final cn.statenforce.organization.UserService users;

	InspectionRegisterController(InspectionRegisters registers, cn.statenforce.organization.UserService users) {
		this.registers = registers;
		this.users = users;
	}

	@GetMapping("/inspection/items")
	String items(Model model) {
		model.addAttribute("items", registers.items(CurrentUsers.get().bureauId(), false));
		return "inspection/items";
	}

	@PostMapping("/inspection/items")
	String addItem(@RequestParam String title, @RequestParam(required = false) String basis,
			@RequestParam(defaultValue = "100") int sortOrder, RedirectAttributes redirect) {
		registers.addItem(CurrentUsers.get(), title, basis, sortOrder);
		redirect.addFlashAttribute("message", "检查事项已添加");
		return "redirect:/inspection/items";
	}

	@PostMapping("/inspection/items/{id}")
	String updateItem(@PathVariable long id, @RequestParam int version, @RequestParam String title,
			@RequestParam(required = false) String basis, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam int sortOrder, RedirectAttributes redirect) {
		registers.updateItem(CurrentUsers.get(), id, version, title, basis, active, sortOrder);
		redirect.addFlashAttribute("message", "检查事项已保存");
		return "redirect:/inspection/items";
	}

	@GetMapping("/inspection/inspectors")
	String inspectors(Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("inspectors", registers.inspectors(user.bureauId()));
		var recusals = registers.recusals(user);
		model.addAttribute("recusals", recusals);
		// names, not login names, of the declaring inspectors and of whoever registered the declaration
		model.addAttribute("names", users.byUsernames(recusals.stream()
			.flatMap(r -> java.util.stream.Stream.of(r.username(), r.declaredBy())).distinct().toList()));
		model.addAttribute("today", AppClock.today());
		return "inspection/inspectors";
	}

	@PostMapping("/inspection/recusals")
	String declare(@RequestParam String username, @RequestParam long enterpriseId, @RequestParam String reason,
			RedirectAttributes redirect) {
		registers.declareRecusal(CurrentUsers.get(), username, enterpriseId, reason);
		redirect.addFlashAttribute("message", "回避声明已登记，抽取时不会安排该执法人员检查该单位");
		return "redirect:/inspection/inspectors";
	}

	@PostMapping("/inspection/recusals/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		registers.withdrawRecusal(CurrentUsers.get(), id);
		redirect.addFlashAttribute("message", "回避声明已撤销");
		return "redirect:/inspection/inspectors";
	}

}
