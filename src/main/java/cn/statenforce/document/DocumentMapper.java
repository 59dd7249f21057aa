package cn.statenforce.document;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DocumentMapper {

	// number register
	int insertNumber(@Param("n") NumberRow row);

	IssuedNumber selectNumber(@Param("id") long id);

	/** The number issued (not voided) to a record for a kind, if any. */
	IssuedNumber selectIssuedNumber(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId,
			@Param("kind") String kind);

	int countNumbersOfSubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId,
			@Param("kind") String kind);

	List<IssuedNumber> selectNumbers(@Param("bureauId") long bureauId, @Param("kind") String kind, @Param("year") int year);

	int updateNumberVoided(@Param("id") long id, @Param("reason") String reason, @Param("by") String by,
			@Param("at") LocalDateTime at);

	// number formats
	String selectFormat(@Param("bureauId") long bureauId, @Param("kind") String kind);

	int upsertFormat(@Param("bureauId") long bureauId, @Param("kind") String kind, @Param("pattern") String pattern,
			@Param("by") String by, @Param("at") LocalDateTime at);

	// templates
	int insertTemplate(@Param("t") TemplateRow row);

	TemplateVersion selectLatestTemplate(@Param("bureauId") long bureauId, @Param("kind") String kind);

	List<TemplateVersion> selectTemplates(@Param("bureauId") long bureauId, @Param("kind") String kind);

	Content selectTemplateContent(@Param("id") long id);

	Integer selectMaxTemplateVersion(@Param("bureauId") long bureauId, @Param("kind") String kind);

	// documents
	int insertDocument(@Param("d") DocumentRow row);

	EnforcementDocument selectDocument(@Param("id") long id);

	EnforcementDocument selectDocumentForUpdate(@Param("id") long id);

	List<EnforcementDocument> selectDocuments(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);

	Content selectDocumentContent(@Param("id") long id);

	int updateDocumentStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	int updateDocumentVoided(@Param("id") long id, @Param("reason") String reason, @Param("by") String by,
			@Param("at") LocalDateTime at);

	// service
	int insertService(@Param("s") ServiceRecord row);

	int updateServiceReceipt(@Param("id") long id, @Param("attachmentId") long attachmentId);

	List<ServiceRecord> selectServices(@Param("documentId") long documentId);

	List<ServiceRecord> selectServicesOfSubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);

	// archive bundles
	int insertBundle(@Param("b") ArchiveBundleRecord row);

	ArchiveBundleRecord selectBundleByManifest(@Param("sha256") String sha256);

	List<ArchiveBundleRecord> selectBundles(@Param("caseId") long caseId);

	/** Bytes and their recorded digest. */
	record Content(byte[] content, String sha256) {
	}

	class NumberRow {

		public Long id;
		public long bureauId;
		public String kind;
		public int docYear;
		public int seq;
		public String docNumber;
		public String subjectType;
		public long subjectId;
		public String issuedBy;
		public LocalDateTime issuedAt;

	}

	class TemplateRow {

		public Long id;
		public long bureauId;
		public String kind;
		public int version;
		public String fileName;
		public String sha256;
		public byte[] content;
		public String note;
		public String uploadedBy;
		public LocalDateTime uploadedAt;

	}

	class DocumentRow {

		public Long id;
		public long bureauId;
		public String subjectType;
		public long subjectId;
		public String kind;
		public Long numberId;
		public String docNumber;
		public Long relatedDocumentId;
		public int templateVersion;
		public String fileName;
		public long sizeBytes;
		public String sha256;
		public byte[] content;
		public String createdBy;
		public LocalDateTime createdAt;

	}

}
