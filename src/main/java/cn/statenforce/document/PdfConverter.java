package cn.statenforce.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import cn.statenforce.shared.ConflictException;

/**
 * PDF renderings of generated documents for viewing in the browser, by LibreOffice headless
 * ({@code soffice --headless --convert-to pdf}). The DOCX stays the document; without a converter the pages offer the
 * DOCX only. Each conversion runs in a temp directory of its own (with its own LibreOffice profile, so parallel
 * conversions do not share a lock) that is deleted on every path, and is killed after the timeout. One conversion
 * runs at a time.
 */
@Component
public class PdfConverter {

	private static final Logger log = LoggerFactory.getLogger(PdfConverter.class);

	/** Where LibreOffice is looked for when no path is configured. */
	static final Path DEFAULT_SOFFICE = Path.of("/usr/bin/soffice");

	/**
	 * @param pdfConverter path of the {@code soffice} executable; empty = {@code /usr/bin/soffice} when present
	 * @param pdfTimeout a conversion taking longer is killed (the page then offers the DOCX)
	 */
	@ConfigurationProperties("statenforce.documents")
	public record Properties(@DefaultValue("") String pdfConverter, @DefaultValue("60s") Duration pdfTimeout) {
	}

	private final Path soffice;

	private final Duration timeout;

	/** One LibreOffice at a time: each takes a core and some 200 MB; the others wait up to the timeout. */
	private final Semaphore running = new Semaphore(1, true);

	PdfConverter(Properties properties) {
		this.soffice = properties.pdfConverter().isBlank() ? DEFAULT_SOFFICE : Path.of(properties.pdfConverter().strip());
		this.timeout = properties.pdfTimeout();
	}

	/** The configured converter exists and can be run. */
	public boolean available() {
		return Files.isExecutable(soffice);
	}

	/** The converter's path (for the tests and the 技术信息 line). */
	Path executable() {
		return soffice;
	}

	/**
	 * The PDF of a DOCX. 409 with a Chinese message when no converter is installed, the conversion fails or takes longer
	 * than the timeout; the temp directory is gone afterwards in every case.
	 */
	public byte[] toPdf(byte[] docx) {
		if (!available()) {
			throw new ConflictException("本系统未安装PDF转换程序，请下载DOCX文件查看");
		}
		try {
			if (!running.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ConflictException("PDF转换繁忙，请稍后再试或下载DOCX文件查看");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConflictException("PDF转换被中断，请下载DOCX文件查看");
		}
		try {
			return convert(docx);
		}
		finally {
			running.release();
		}
	}

	private byte[] convert(byte[] docx) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("statenforce-pdf-");
			Path in = dir.resolve("document.docx");
			Files.write(in, docx);
			Path out = dir.resolve("out");
			Process p = new ProcessBuilder(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
					"--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), in.toString()))
				.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
			if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				p.descendants().forEach(ProcessHandle::destroyForcibly);
				p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				throw new ConflictException("PDF转换超时，请下载DOCX文件查看");
			}
			Path pdf = out.resolve("document.pdf");
			if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
				log.warn("soffice exited {}: {}", p.exitValue(), Files.readString(dir.resolve("soffice.log")).strip());
				throw new ConflictException("PDF转换失败，请下载DOCX文件查看");
			}
			return Files.readAllBytes(pdf);
		}
		catch (IOException e) {
			log.warn("PDF conversion failed", e);
			throw new ConflictException("PDF转换失败，请下载DOCX文件查看");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConflictException("PDF转换被中断，请下载DOCX文件查看");
		}
		finally {
			delete(dir);
		}
	}

	static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
