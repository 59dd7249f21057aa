package cn.statenforce.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.BureauService;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.NotFoundException;

/** Evidence files: type from the bytes, SHA-256, size and count limits, files only through their owner. */
@StatEnforceTest
class AttachmentServiceTest {

	@Autowired
	AttachmentService attachments;

	@Autowired
	AttachmentProperties properties;

	@Autowired
	BureauService bureaus;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void shouldDetectTheTypeFromTheBytesAndKeepTheDigest() {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		FileUpload pdf = EvidenceFiles.pdf("电话记录单.pdf");
		FileUpload png = new FileUpload("微信截图.jpg", "image/jpeg", EvidenceFiles.png("x").bytes());
		List<Attachment> stored = tx.execute(s -> attachments.store(yuhu, "TEST_OWNER", 9_000_001L, List.of(pdf, png), "yuhu.inspector1"));
		assertThat(stored).extracting(Attachment::contentType).containsExactly("application/pdf", "image/png");
		assertThat(stored.get(1).declaredType()).isEqualTo("image/jpeg");
		// independent digest of the bytes: sha256sum of the same content
		assertThat(stored.get(0).sha256()).hasSize(64).isEqualTo(
				java.util.HexFormat.of().formatHex(sha(pdf.bytes())));
		var file = attachments.file("TEST_OWNER", 9_000_001L, stored.get(0).id());
		assertThat(new String(file.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
		// the file is reachable only through its owner
		assertThatThrownBy(() -> attachments.file("TEST_OWNER", 9_000_002L, stored.get(0).id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> attachments.file("OTHER_OWNER", 9_000_001L, stored.get(0).id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldRefuseDisguisedExecutablesEmptyAndOversizedFilesWritingNothing() {
		long yuhu = bureaus.bureauByRegionCode("430302").id();
		int before = count();
		assertThatThrownBy(() -> tx.execute(s -> attachments.store(yuhu, "TEST_OWNER", 9_000_003L,
				List.of(EvidenceFiles.pdf("好.pdf"), EvidenceFiles.disguisedExecutable("会议纪要.pdf")), "yuhu.inspector1")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("会议纪要.pdf");
		assertThatThrownBy(() -> attachments.check(new FileUpload("空.pdf", "application/pdf", new byte[0])))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("为空");
		byte[] big = new byte[(int) properties.maxBytes() + 1];
		System.arraycopy(EvidenceFiles.pdf("x").bytes(), 0, big, 0, 20);
		assertThatThrownBy(() -> attachments.check(new FileUpload("录音.pdf", "application/pdf", big)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("过大");
		assertThatThrownBy(() -> attachments.check(new FileUpload("长".repeat(256) + ".pdf", "application/pdf", EvidenceFiles.pdf("x").bytes())))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("文件名过长");
		List<FileUpload> tooMany = java.util.stream.IntStream.rangeClosed(0, properties.maxFiles()).mapToObj(i -> EvidenceFiles.pdf(i + ".pdf")).toList();
		assertThatThrownBy(() -> tx.execute(s -> attachments.store(yuhu, "TEST_OWNER", 9_000_004L, tooMany, "yuhu.inspector1")))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("最多");
		assertThat(count()).isEqualTo(before);
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM register_attachment", Integer.class);
	}

	private static byte[] sha(byte[] b) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(b);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
