package cn.statenforce.attachment;

import java.time.LocalDateTime;

/** A stored evidence file (its bytes are read separately, checked against the SHA-256). */
public record Attachment(Long id, Long bureauId, String ownerType, Long ownerId, String fileName, String declaredType,
		String contentType, long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {

	/** Size for people: 1.2 MB, 35 KB. */
	public String sizeLabel() {
		if (sizeBytes >= 1024 * 1024) {
			return String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
		}
		return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
	}

}
