package cn.statenforce.attachment;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the registers' evidence files.
 *
 * @param maxBytes largest file accepted (stored in the database; keep it below MySQL's max_allowed_packet, 16 MB by
 *        default)
 * @param maxFiles most files in one upload
 * @param allowedTypes content types accepted, as detected from the bytes; an entry ending in {@code /} admits a whole
 *        family ({@code image/})
 */
@ConfigurationProperties("statenforce.attachment")
public record AttachmentProperties(@DefaultValue("10485760") long maxBytes, @DefaultValue("10") int maxFiles,
		@DefaultValue({ "application/pdf", "image/", "audio/", "video/", "text/plain", "application/msword",
				"application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/vnd.ms-outlook",
				"application/vnd.openxmlformats-officedocument.", "application/x-tika-ooxml",
				"application/x-tika-msoffice", "application/vnd.ms-word", "application/ofd", "application/zip",
				"message/rfc822" }) List<String> allowedTypes) {

	public boolean allows(String contentType) {
		return allowedTypes.stream().anyMatch(t -> t.endsWith("/") || t.endsWith(".") ? contentType.startsWith(t) : contentType.equals(t));
	}

}
