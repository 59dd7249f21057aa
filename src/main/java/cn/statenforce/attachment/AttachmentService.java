package cn.statenforce.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.NotFoundException;

/**
 * Stores and reads the registers' evidence files. The content type is detected from the bytes (and the file name
 * where the bytes leave a choice, e.g. a .docx inside its zip container), never taken from the browser; a type
 * outside the configured list, an empty or oversized file, or too many files is refused (400) before anything is
 * written. The caller has checked that the user may attach to or read the owning record.
 */
@Service
public class AttachmentService {

	private final AttachmentMapper mapper;

	private final AttachmentProperties properties;

	private final Tika tika = new Tika();

	AttachmentService(AttachmentMapper mapper, AttachmentProperties properties) {
		this.mapper = mapper;
		this.properties = properties;
	}

	/** An attachment and its bytes, checked against the SHA-256 recorded at upload. */
	public record AttachmentFile(Attachment attachment, byte[] content) {
	}

	/** Validates every file first, then stores them all in the caller's transaction. */
	@Transactional
	public List<Attachment> store(long bureauId, String ownerType, long ownerId, List<FileUpload> files,
			String uploadedBy) {
		return store(bureauId, ownerType, ownerId, files, uploadedBy, properties.maxFiles());
	}

	/**
	 * As {@link #store(long, String, long, List, String)}, with the owner's own limit on the number of files (a case
	 * holds more evidence than a register entry).
	 */
	@Transactional
	public List<Attachment> store(long bureauId, String ownerType, long ownerId, List<FileUpload> files,
			String uploadedBy, int maxFiles) {
		if (files == null || files.isEmpty()) {
			return List.of();
		}
		if (files.size() + mapper.countByOwner(ownerType, ownerId) > maxFiles) {
			throw new BadRequestException("files", "佐证材料最多" + maxFiles + "份");
		}
		List<String> types = files.stream().map(this::check).toList();
		for (int i = 0; i < files.size(); i++) {
			FileUpload f = files.get(i);
			var row = new AttachmentMapper.AttachmentRow();
			row.bureauId = bureauId;
			row.ownerType = ownerType;
			row.ownerId = ownerId;
			row.fileName = fileName(f);
			row.declaredType = f.declaredType() == null || f.declaredType().length() > 100 ? null : f.declaredType();
			row.contentType = types.get(i);
			row.sizeBytes = f.bytes().length;
			row.sha256 = sha256(f.bytes());
			row.content = f.bytes();
			row.uploadedBy = uploadedBy;
			row.uploadedAt = AppClock.now();
			mapper.insert(row);
		}
		return mapper.selectByOwner(ownerType, ownerId);
	}

	/** The detected content type of a file, or 400 naming the file when it is refused. */
	public String check(FileUpload f) {
		String name = fileName(f);
		if (f.bytes() == null || f.bytes().length == 0) {
			throw new BadRequestException("files", "佐证材料文件为空：" + name);
		}
		if (f.bytes().length > properties.maxBytes()) {
			throw new BadRequestException("files", "佐证材料过大：" + name + "（每份不超过" + properties.maxBytes() / 1024 / 1024 + " MB）");
		}
		if (f.fileName() != null && f.fileName().length() > 255) {
			throw new BadRequestException("files", "佐证材料文件名过长（不超过255字）");
		}
		String type = detect(f.bytes(), name);
		if (!properties.allows(type)) {
			throw new BadRequestException("files", "不接受此类文件作为佐证材料：" + name
					+ "（请上传PDF、图片、音视频、文本或办公文档）");
		}
		return type;
	}

	/** Content type from the bytes; the name only refines a container format. */
	public String detect(byte[] bytes, String fileName) {
		return tika.detect(bytes, fileName);
	}

	public List<Attachment> list(String ownerType, long ownerId) {
		return mapper.selectByOwner(ownerType, ownerId);
	}

	/** The file if it belongs to the owner (404 otherwise), its digest verified. */
	public AttachmentFile file(String ownerType, long ownerId, long attachmentId) {
		Attachment a = mapper.selectById(attachmentId);
		if (a == null || !a.ownerType().equals(ownerType) || a.ownerId() != ownerId) {
			throw new NotFoundException("佐证材料不存在或无权查看");
		}
		AttachmentMapper.Content c = mapper.selectContent(attachmentId);
		if (!sha256(c.content()).equals(c.sha256())) {
			throw new IllegalStateException("佐证材料校验失败（SHA-256 不符）: " + attachmentId);
		}
		return new AttachmentFile(a, c.content());
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String fileName(FileUpload f) {
		return f.fileName() == null || f.fileName().isBlank() ? "佐证材料" : f.fileName().strip();
	}

}
