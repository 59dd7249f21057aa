package cn.statenforce.document;

import java.time.LocalDateTime;

/** A template a bureau's ADMIN uploaded (version 2 and later; version 1 is built in). */
public record TemplateVersion(Long id, Long bureauId, String kind, int version, String fileName, String sha256,
		String note, String uploadedBy, LocalDateTime uploadedAt) {
}
