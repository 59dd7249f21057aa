package cn.statenforce.rectification;

import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

import cn.statenforce.shared.BadRequestException;

/**
 * Decides an evidence file's type by its content (Apache Tika's magic-byte detection), not by its name or the type
 * the browser declared; the name only refines a type within the family the content shows (a Word or Excel file is
 * a zip or OLE2 container by its bytes, the name tells which). The allowed types and the size limit are
 * configuration ({@code statenforce.rectification.evidence-types}, {@code max-evidence-bytes}); a refusal names
 * the limit or the allowed types. An executable named .pdf is refused.
 */
@Component
class EvidenceTypes {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("application/pdf", "PDF 文档"),
			Map.entry("image/jpeg", "JPEG 图片"), Map.entry("image/png", "PNG 图片"), Map.entry("image/gif", "GIF 图片"),
			Map.entry("image/tiff", "TIFF 图片"), Map.entry("image/bmp", "BMP 图片"),
			Map.entry("application/msword", "Word 文档（.doc）"), Map.entry("application/vnd.ms-excel", "Excel 表格（.xls）"),
			Map.entry("application/vnd.ms-powerpoint", "PowerPoint 演示文稿（.ppt）"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档（.docx）"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格（.xlsx）"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿（.pptx）"),
			Map.entry("text/plain", "文本文件"), Map.entry("application/zip", "ZIP 压缩包"),
			Map.entry("application/x-msdownload", "可执行程序"), Map.entry("application/x-dosexec", "可执行程序"),
			Map.entry("application/x-executable", "可执行程序"), Map.entry("application/x-sh", "脚本程序"),
			Map.entry("application/x-bat", "脚本程序"), Map.entry("text/html", "网页文件"),
			Map.entry("application/x-tika-ooxml", "Office 文档（未能识别具体类型）"),
			Map.entry("application/x-tika-msoffice", "Office 文档（未能识别具体类型）"),
			Map.entry("application/octet-stream", "无法识别的文件"));

	private final Tika tika = new Tika();

	private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

	private final RectificationProperties properties;

	EvidenceTypes(RectificationProperties properties) {
		this.properties = properties;
	}

	/** The type the content shows, refined by the name only within that family. */
	String detect(byte[] bytes, String fileName) {
		MediaType byContent = MediaType.parse(tika.detect(bytes));
		if (fileName == null || fileName.isBlank()) {
			return byContent.getBaseType().toString();
		}
		MediaType withName = MediaType.parse(tika.detect(bytes, fileName));
		MediaType chosen = registry.isSpecializationOf(withName.getBaseType(), byContent.getBaseType()) ? withName : byContent;
		return chosen.getBaseType().toString();
	}

	/** The checked type of an upload, or 400 naming the limit or the allowed types. */
	String check(String fileName, byte[] bytes) {
		String name = fileName == null || fileName.isBlank() ? "佐证材料" : fileName;
		if (bytes == null || bytes.length == 0) {
			throw new BadRequestException("files", "佐证材料“" + name + "”是空文件");
		}
		if (bytes.length > properties.maxEvidenceBytes()) {
			throw new BadRequestException("files", "佐证材料“" + name + "”过大（" + size(bytes.length) + "），单个文件不能超过"
					+ size(properties.maxEvidenceBytes()));
		}
		String type = detect(bytes, fileName);
		if (!properties.evidenceTypes().contains(type)) {
			throw new BadRequestException("files", "佐证材料“" + name + "”的内容是" + label(type) + "，不能作为佐证材料上传；可上传："
					+ String.join("、", allowedLabels()));
		}
		return type;
	}

	List<String> allowedLabels() {
		return properties.evidenceTypes().stream().map(EvidenceTypes::label).distinct().toList();
	}

	String limitText() {
		return size(properties.maxEvidenceBytes());
	}

	static String label(String type) {
		return LABELS.getOrDefault(type, "其他类型文件");
	}

	static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			double mb = bytes / (1024.0 * 1024.0);
			return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb)) + " MB";
		}
		if (bytes >= 1024) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " 字节";
	}

}
