package cn.statenforce.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.statenforce.notification.NotificationService.Message;
import cn.statenforce.organization.AppUser;
import cn.statenforce.organization.UserService;

/**
 * E-mail copy of each message to recipients with an e-mail address, sent after the sender's transaction commits (a
 * refused step sends nothing; a mail server that fails loses the mail, never the step). Off unless SMTP is
 * configured ({@code spring.mail.host}, which makes Spring Boot provide the {@link JavaMailSender}).
 */
@Component
@Order(10)
class MailChannel implements NotificationChannel {

	private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final ObjectProvider<UserService> users;

	private final String from;

	private final String baseUrl;

	MailChannel(ObjectProvider<JavaMailSender> sender, ObjectProvider<UserService> users,
			@Value("${statenforce.notification.mail-from:}") String from,
			@Value("${statenforce.notification.base-url:}") String baseUrl) {
		this.sender = sender;
		this.users = users;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	boolean enabled() {
		return sender.getIfAvailable() != null;
	}

	@Override
	public void deliver(long bureauId, Collection<String> recipients, Message m) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		List<SimpleMailMessage> out = new ArrayList<>();
		for (String r : recipients) {
			AppUser u = users.getObject().findByUsername(r);
			if (u == null || u.email() == null || u.email().isBlank() || !u.enabled()) {
				continue;
			}
			SimpleMailMessage msg = new SimpleMailMessage();
			if (!from.isBlank()) {
				msg.setFrom(from);
			}
			msg.setTo(u.email());
			msg.setSubject("【统计执法】" + m.title());
			msg.setText((m.body() == null ? "" : m.body()) + (m.link() == null ? "" : "\n\n" + baseUrl + m.link()));
			out.add(msg);
		}
		if (out.isEmpty()) {
			return;
		}
		Runnable send = () -> {
			try {
				mail.send(out.toArray(SimpleMailMessage[]::new));
			}
			catch (MailException e) {
				LOG.warn("e-mail notification not sent: {}", e.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

}
