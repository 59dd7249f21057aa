package cn.statenforce.document;

import java.time.LocalDateTime;

/**
 * One generated document: the DOCX as it was merged (its SHA-256 recorded), the template version it used and, for a
 * numbered kind, its 文号. Generating the same kind again supersedes the earlier file under the same number; voiding
 * (作废) retires the document and its number.
 */
public record EnforcementDocument(Long id, Long bureauId, String subjectType, Long subjectId, String kind,
		Long numberId, String docNumber, Long relatedDocumentId, int templateVersion, String fileName, long sizeBytes,
		String sha256, String status, String voidReason, String voidedBy, LocalDateTime voidedAt, String createdBy,
		LocalDateTime createdAt) {

	public DocumentKind documentKind() {
		return DocumentKind.valueOf(kind);
	}

	public String title() {
		return documentKind().title();
	}

	public boolean current() {
		return "CURRENT".equals(status);
	}

	public String statusLabel() {
		return switch (status) {
			case "CURRENT" -> "有效";
			case "SUPERSEDED" -> "已重新生成";
			case "VOIDED" -> "已作废";
			default -> status;
		};
	}

}
