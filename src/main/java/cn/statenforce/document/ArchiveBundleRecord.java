package cn.statenforce.document;

import java.time.LocalDateTime;

/** An archive bundle made for a case: the digest of its manifest, so a bundle with a rewritten manifest is caught. */
public record ArchiveBundleRecord(Long id, Long bureauId, Long caseId, String manifestSha256, int entries,
		String createdBy, LocalDateTime createdAt) {
}
