package cn.statenforce.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.CurrentUsers;

@Controller
class DirectoryController {

	private final EnterpriseService enterprises;

	DirectoryController(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping("/directory")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("result", enterprises.search(CurrentUsers.get(), q, page, 20));
		return "directory/list";
	}

	@GetMapping("/directory/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("enterprise", enterprises.get(CurrentUsers.get(), id));
		return "directory/show";
	}

}
