package cn.statenforce.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.PageResult;

/**
 * Sends and lists messages. Sending goes through every {@link NotificationChannel}: the in-app row is written in
 * the caller's transaction, so a reminder exists exactly when the step that raised it committed; e-mail (when SMTP
 * is configured) leaves after the commit.
 */
@Service
public class NotificationService {

	private final NotificationMapper mapper;

	private final List<NotificationChannel> channels;

	NotificationService(NotificationMapper mapper, List<NotificationChannel> channels) {
		this.mapper = mapper;
		this.channels = channels;
	}

	/** What to say, about which record. */
	public record Message(String category, String title, String body, String link, String subjectType,
			Long subjectId) {
	}

	/** Hands the message to every {@link NotificationChannel} (in-app always, e-mail when configured, …). */
	@Transactional
	public void send(long bureauId, Collection<String> recipients, Message m) {
		if (recipients.isEmpty()) {
			return;
		}
		for (NotificationChannel c : channels) {
			c.deliver(bureauId, recipients, m);
		}
	}

	public PageResult<Notification> inbox(String username, boolean unreadOnly, int page, int size) {
		return new PageResult<>(mapper.selectByRecipient(username, unreadOnly, PageResult.offset(page, size), size),
				mapper.countByRecipient(username, unreadOnly), Math.max(page, 1), size);
	}

	public long unreadCount(String username) {
		return mapper.countByRecipient(username, true);
	}

	/** How many messages of a category were raised about a record (e.g. reminders already sent). */
	public long countAbout(String subjectType, long subjectId, String category) {
		return mapper.countBySubject(subjectType, subjectId, category);
	}

	@Transactional
	public void markRead(String username, long id) {
		mapper.markRead(id, username, AppClock.now());
	}

	/** Clears (marks read) every message linking to a page that is done with, e.g. a task that was completed. */
	@Transactional
	public void markReadByLink(String link) {
		mapper.markReadByLink(link, AppClock.now());
	}

	/**
	 * Clears (marks read) the to-do messages ({@code TASK}) about a record that these users received: the task they
	 * were to act on is done (completed, returned, withdrawn) or was handed away from them.
	 */
	@Transactional
	public void markTaskMessagesRead(String subjectType, long subjectId, Collection<String> recipients) {
		if (subjectType != null && !recipients.isEmpty()) {
			mapper.markReadAbout("TASK", subjectType, subjectId, recipients, AppClock.now());
		}
	}

	/** Clears the messages linking to a page for one user only (the others it went to still need it). */
	@Transactional
	public void markReadByLink(String link, String recipient) {
		mapper.markReadByLinkFor(link, recipient, AppClock.now());
	}

	@Transactional
	public void markAllRead(String username) {
		mapper.markAllRead(username, AppClock.now());
	}

}
