package cn.statenforce.notification;

import java.util.Collection;

import cn.statenforce.notification.NotificationService.Message;

/**
 * A way a message reaches its recipients. {@link NotificationService#send} hands every message — task messages,
 * 催办, 抄送 and the statutory reminders of the capabilities' delegates alike — to every channel: the in-app message
 * centre ({@link InAppChannel}, always) and e-mail ({@link MailChannel}, when SMTP is configured). SMS, WeCom or
 * DingTalk are further implementations of this interface (a Spring bean each).
 */
public interface NotificationChannel {

	/** Delivers the message to the recipients (usernames), in the sender's transaction or after it commits. */
	void deliver(long bureauId, Collection<String> recipients, Message message);

}
