package cn.statenforce.directory.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterprisePanel;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;

@Controller
class DirectoryController {

	private final EnterpriseService enterprises;

	private final List<EnterprisePanel> panels;

	DirectoryController(EnterpriseService enterprises, List<EnterprisePanel> panels) {
		this.enterprises = enterprises;
		this.panels = panels;
	}

	@GetMapping("/directory")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("result", enterprises.search(CurrentUsers.get(), q, page, 20));
		return "directory/list";
	}

	@GetMapping("/directory/{id}")
	String show(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUsers.get();
		Enterprise e = enterprises.get(user, id);
		model.addAttribute("enterprise", e);
		panels.forEach(p -> p.populate(user, e, model));
		model.addAttribute("panels", panels.stream().map(EnterprisePanel::template).toList());
		return "directory/show";
	}

}
