package cn.statenforce.notification;

import java.util.Collection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.TextLimits;
import cn.statenforce.shared.PageResult;

/**
 * Sends and lists in-app messages. Messages are rows written in the caller's transaction, so a
 * reminder exists exactly when the step that raised it committed. (Mail/SMS channels can later read the
 * same rows after commit.)
 */
@Service
public class NotificationService {

	private final NotificationMapper mapper;

	NotificationService(NotificationMapper mapper) {
		this.mapper = mapper;
	}

	/** What to say, about which record. */
	public record Message(String category, String title, String body, String link, String subjectType,
			Long subjectId) {
	}

	@Transactional
	public void send(long bureauId, Collection<String> recipients, Message m) {
		for (String r : recipients) {
			// a message quotes the record ("整改任务已下达：" + title): shortened to its columns, never refused
			mapper.insert(new Notification(null, bureauId, r, m.category(), TextLimits.clip(m.title(), TextLimits.TITLE),
					TextLimits.clip(m.body(), TextLimits.BODY), m.link(), m.subjectType(), m.subjectId(), AppClock.now(), null));
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

	@Transactional
	public void markAllRead(String username) {
		mapper.markAllRead(username, AppClock.now());
	}

}
