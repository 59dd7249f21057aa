package cn.statenforce.attachment;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttachmentMapper {

	int insert(@Param("a") AttachmentRow row);

	List<Attachment> selectByOwner(@Param("ownerType") String ownerType, @Param("ownerId") long ownerId);

	Attachment selectById(@Param("id") long id);

	Content selectContent(@Param("id") long id);

	long countByOwner(@Param("ownerType") String ownerType, @Param("ownerId") long ownerId);

	/** Bytes and their recorded digest. */
	record Content(byte[] content, String sha256) {
	}

	class AttachmentRow {

		public Long id;

		public long bureauId;

		public String ownerType;

		public long ownerId;

		public String fileName;

		public String declaredType;

		public String contentType;

		public long sizeBytes;

		public String sha256;

		public byte[] content;

		public String uploadedBy;

		public java.time.LocalDateTime uploadedAt;

	}

}
