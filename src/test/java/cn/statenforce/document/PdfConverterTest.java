package cn.statenforce.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.statenforce.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The PDF rendering by LibreOffice headless, run for real: a decision rendered from the built-in template becomes a
 * PDF with the party's name in it (read by pdftotext where installed, else from the fonts' ToUnicode tables); a
 * missing converter, a failing one and a converter that hangs past the timeout each give a Chinese message, and no temp directory is left behind on any path. The converter must be installed
 * (.ci/run installs it); this test fails rather than skips without it.
 */
class PdfConverterTest {

	private static final String PARTY = "西安市雁塔区鼎盛永昌商贸有限责任公司";

	private final DocumentRenderer renderer = new DocumentRenderer();

	private static PdfConverter converter(String path, Duration timeout) {
		return new PdfConverter(new PdfConverter.Properties(path, timeout));
	}

	private static PdfConverter installed() {
		PdfConverter c = converter("", Duration.ofSeconds(120));
		if (!c.available()) {
			fail("LibreOffice is not installed at " + PdfConverter.DEFAULT_SOFFICE
					+ ": .ci/run installs it (apt-get install -y libreoffice-writer-nogui)");
		}
		return c;
	}

	private byte[] decision() {
		Map<String, Object> m = new HashMap<>();
		CaseMergeModel.FIELDS.forEach(f -> m.put(f, ""));
		m.put("bureauName", "西安市雁塔区统计局");
		m.put("docNumber", "雁统罚〔2025〕3号");
		m.put("partyName", PARTY);
		m.put("creditCode", "91610113MA6U2XKQ7B");
		m.put("legalRepresentative", "欧阳振华");
		m.put("partyAddress", "陕西省西安市雁塔区科技路48号创业广场B座1702室");
		m.put("facts", "你单位在2024年统计年报中虚报营业收入，将营业收入1286万元填报为2386万元。");
		m.put("violatedArticles", "《中华人民共和国统计法》第七条");
		m.put("legalBasis", "《中华人民共和国统计法》第四十四条第一款第（二）项");
		m.put("penaltyText", "警告，并处罚款人民币20000元");
		m.put("decidedOnText", "2025年10月11日");
		m.put("issuedOnText", "2025年10月11日");
		return renderer.render(DocumentTemplates.builtIn(DocumentKind.PENALTY_DECISION.name()), m);
	}

	private static long tempDirs() throws IOException {
		try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return s.filter(p -> p.getFileName().toString().startsWith("statenforce-pdf-")).count();
		}
	}

	@Test
	void shouldRenderAGeneratedDecisionAsPdfWithThePartyInIt() throws Exception {
		PdfConverter c = installed();
		long before = tempDirs();
		byte[] pdf = c.toPdf(decision());
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(raw.stripTrailing()).endsWith("%%EOF");
		assertThat(raw).contains("/Type/Page").contains("CJK"); // a page, set in an embedded Chinese font
		assertThat(pdf.length).isGreaterThan(10_000);
		Path pdftotext = Path.of("/usr/bin/pdftotext");
		if (Files.isExecutable(pdftotext)) {
			assertThat(text(pdftotext, pdf)).contains(PARTY, "雁统罚〔2025〕3号", "统计行政处罚决定书");
		}
		else {
			// without pdftotext: the characters of the party's name that no template contains (鼎盛永昌) are mapped in
			// the embedded fonts' ToUnicode tables, so the name was set on the page
			String streams = inflatedStreams(pdf);
			for (char ch : "鼎盛永昌".toCharArray()) {
				assertThat(streams).as("ToUnicode entry of " + ch).containsIgnoringCase(String.format("<%04X>", (int) ch));
			}
			assertThat(streams).doesNotContainIgnoringCase(String.format("<%04X>", (int) '蠡'));
		}
		assertThat(tempDirs()).as("temp directories left behind").isEqualTo(before);
	}

	@Test
	void shouldReportAFailedConversionAndCleanUp(@TempDir Path dir) throws IOException {
		// a converter that fails the way soffice does on a profile it cannot write: exit code, no PDF
		Path failing = script(dir, "echo 'Error: source file could not be loaded' >&2\nexit 1");
		PdfConverter c = converter(failing.toString(), Duration.ofSeconds(20));
		long before = tempDirs();
		assertThatThrownBy(() -> c.toPdf(decision())).isInstanceOf(ConflictException.class)
			.hasMessage("PDF转换失败，请下载DOCX文件查看");
		assertThat(tempDirs()).isEqualTo(before);
	}

	private static Path script(Path dir, String body) throws IOException {
		Path s = dir.resolve("soffice");
		Files.writeString(s, "#!/bin/sh\n" + body + "\n");
		Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwx------"));
		return s;
	}

	@Test
	void shouldSayInChineseThatThereIsNoConverter() {
		PdfConverter c = converter("/opt/no-such-office/program/soffice", Duration.ofSeconds(5));
		assertThat(c.available()).isFalse();
		assertThatThrownBy(() -> c.toPdf(new byte[] { 1 })).isInstanceOf(ConflictException.class)
			.hasMessage("本系统未安装PDF转换程序，请下载DOCX文件查看");
	}

	@Test
	void shouldKillAConverterThatHangsAndCleanUp(@TempDir Path dir) throws IOException {
		Path hanging = script(dir, "sleep 60");
		PdfConverter c = converter(hanging.toString(), Duration.ofMillis(800));
		long before = tempDirs();
		long started = System.nanoTime();
		assertThatThrownBy(() -> c.toPdf(decision())).isInstanceOf(ConflictException.class)
			.hasMessageContaining("PDF转换超时");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(tempDirs()).isEqualTo(before);
	}

	/** The PDF's Flate-compressed streams, inflated and concatenated (what is not Flate stays out). */
	static String inflatedStreams(byte[] pdf) {
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		StringBuilder out = new StringBuilder();
		int at = 0;
		while ((at = raw.indexOf("stream", at)) >= 0) {
			int start = raw.charAt(at + 6) == '\r' ? at + 8 : at + 7;
			int end = raw.indexOf("endstream", start);
			if (end < 0) {
				break;
			}
			java.util.zip.Inflater inflater = new java.util.zip.Inflater();
			inflater.setInput(pdf, start, end - start);
			byte[] buf = new byte[64 * 1024];
			try {
				while (!inflater.finished() && !inflater.needsInput()) {
					int n = inflater.inflate(buf);
					if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
						break;
					}
					out.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
				}
			}
			catch (java.util.zip.DataFormatException notFlate) {
				// an uncompressed or differently encoded stream
			}
			finally {
				inflater.end();
			}
			at = end + 9;
		}
		return out.toString();
	}

	private static String text(Path pdftotext, byte[] pdf) throws Exception {
		Path dir = Files.createTempDirectory("pdf-test-");
		try {
			Path in = dir.resolve("d.pdf");
			Files.write(in, pdf);
			Process p = new ProcessBuilder(List.of(pdftotext.toString(), "-enc", "UTF-8", in.toString(), "-"))
				.redirectErrorStream(true).start();
			byte[] out = p.getInputStream().readAllBytes();
			p.waitFor(30, TimeUnit.SECONDS);
			return new String(out, StandardCharsets.UTF_8);
		}
		finally {
			PdfConverter.delete(dir);
		}
	}

}
