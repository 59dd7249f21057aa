package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;

/**
 * Evidence is typed by its content (Apache Tika), not by its name or the declared type: an executable named .pdf is
 * refused with the allowed types named, a real PDF declared as octet-stream is stored as a PDF, a Word file as a
 * Word file, a text file named .pdf as text; a file over the limit is refused with the limit in the message.
 */
@StatEnforceTest
class EvidenceContentTest {

	/** The start of a Windows executable: the DOS header ("MZ"), the stub and the PE signature at 0x80. */
	static byte[] windowsExecutable() {
		byte[] b = new byte[512];
		b[0] = 'M';
		b[1] = 'Z';
		b[0x3c] = (byte) 0x80;
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, b, 0x4e, stub.length);
		b[0x80] = 'P';
		b[0x81] = 'E';
		return b;
	}

	/** A one-page PDF as a scanner writes its header and trailer. */
	static byte[] pdf() {
		String doc = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
				+ "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
				+ "trailer <</Root 1 0 R>>\n%%EOF\n";
		return doc.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] docx() throws Exception {
		try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			d.createParagraph().createRun().setText("雨湖区统计局党组理论学习中心组2026年第三次集体学习记录");
			d.write(out);
			return out.toByteArray();
		}
	}

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	ManagementService managementService;

	@Autowired
	RectificationProperties properties;

	RectificationFixture fx;

	Measure m;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
		Plan plan = plans.publish(fx.user(RectificationFixture.LEADER),
				fx.draft(AppClock.today().plusDays(30), Category.DEADLINE).id());
		m = plans.measures(fx.user(RectificationFixture.LEADER), plan.id()).get(0);
	}

	private List<Evidence> report(Upload upload) {
		measures.reportProgress(fx.user(RectificationFixture.OWNER), m.id(), "上传佐证材料", List.of(upload));
		return measures.evidence(fx.user(RectificationFixture.OWNER), m.id());
	}

	@Test
	void shouldRefuseAnExecutableNamedPdf() {
		assertThatThrownBy(() -> report(new Upload("学习记录.pdf", "application/pdf", windowsExecutable())))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("学习记录.pdf")
			.hasMessageContaining("可执行程序")
			.hasMessageContaining("PDF 文档");
		assertThat(measures.evidence(fx.user(RectificationFixture.OWNER), m.id())).isEmpty();
		assertThat(measures.progress(fx.user(RectificationFixture.OWNER), m.id())).as("nothing written").isEmpty();
	}

	@Test
	void shouldTypeFilesByTheirContent() throws Exception {
		assertThat(report(new Upload("扫描件", "application/octet-stream", pdf()))).last()
			.extracting(Evidence::contentType).isEqualTo("application/pdf");
		assertThat(report(new Upload("学习记录.docx", "application/octet-stream", docx()))).last()
			.extracting(Evidence::contentType).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(report(new Upload("情况说明.pdf", "application/pdf", "情况说明：已整改".getBytes(StandardCharsets.UTF_8)))).last()
			.extracting(Evidence::contentType).as("text named .pdf is text").isEqualTo("text/plain");
	}

	@Test
	void shouldNameTheLimitWhenAFileIsTooLarge() {
		byte[] big = new byte[(int) properties.maxEvidenceBytes() + 1];
		System.arraycopy(pdf(), 0, big, 0, pdf().length);
		assertThatThrownBy(() -> report(new Upload("会议照片合集.pdf", "application/pdf", big)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("10 MB");
	}

}
