package cn.statenforce.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.CurrentUsers;

@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "1") int page,
			Model model) {
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("result", notifications.inbox(CurrentUsers.get().username(), unread, page, 20));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, @RequestParam(required = false) String next) {
		notifications.markRead(CurrentUsers.get().username(), id);
		return "redirect:" + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		notifications.markAllRead(CurrentUsers.get().username());
		return "redirect:/notifications";
	}


}
