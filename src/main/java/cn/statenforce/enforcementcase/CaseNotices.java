package cn.statenforce.enforcementcase;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.SUBJECT_TYPE;

/** Notifications about a case, linked to its page. */
@Component
class CaseNotices {

	private final NotificationService notifications;
	private final UserService users;

	CaseNotices(NotificationService notifications, UserService users) {
		this.notifications = notifications;
		this.users = users;
	}

	void send(EnforcementCase c, List<String> to, String category, String title, String body) {
		notifications.send(c.getBureauId(), to, new NotificationService.Message(category, title, body,
				"/cases/" + c.getId(), SUBJECT_TYPE, c.getId()));
	}

	List<String> members(long bureauId, Role role) {
		return users.usersWithRole(bureauId, role).stream().map(UserSummary::username).toList();
	}

}
