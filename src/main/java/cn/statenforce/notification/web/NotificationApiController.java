package cn.statenforce.notification.web;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.notification.Notification;
import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "站内消息")
@Validated
class NotificationApiController {

	private final NotificationService notifications;

	NotificationApiController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	PageResult<Notification> inbox(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return notifications.inbox(CurrentUsers.get().username(), unread, page, size);
	}

	@PostMapping("/{id}/read")
	void read(@PathVariable long id) {
		notifications.markRead(CurrentUsers.get().username(), id);
	}

}
