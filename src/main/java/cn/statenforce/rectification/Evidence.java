package cn.statenforce.rectification;

import java.time.LocalDateTime;

/** A piece of evidence (佐证材料) attached to a progress entry; the bytes are read separately. */
public record Evidence(Long id, Long measureId, Long progressId, String fileName, String contentType, long sizeBytes,
		String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
