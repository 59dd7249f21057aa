package cn.statenforce.notification;

import java.util.Collection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.TextLimits;

/**
 * 站内消息: a row per recipient, written in the caller's transaction, so a reminder exists exactly when the step
 * that raised it committed; the header shows the unread count.
 */
@Component
@Order(0)
class InAppChannel implements NotificationChannel {

	private final NotificationMapper mapper;

	InAppChannel(NotificationMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void deliver(long bureauId, Collection<String> recipients, Message m) {
		for (String r : recipients) {
			// a message quotes the record ("整改任务已下达：" + title): shortened to its columns, never refused
			mapper.insert(new Notification(null, bureauId, r, m.category(), TextLimits.clip(m.title(), TextLimits.TITLE),
					TextLimits.clip(m.body(), TextLimits.BODY), m.link(), m.subjectType(), m.subjectId(), AppClock.now(), null));
		}
	}

}
