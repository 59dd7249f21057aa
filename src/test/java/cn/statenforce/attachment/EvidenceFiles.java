package cn.statenforce.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small but real evidence files (their magic bytes are what a scanner or phone produces). */
public final class EvidenceFiles {

	private EvidenceFiles() {
	}

	/** A one-page PDF (a scanned call record, as a bureau would attach). */
	public static FileUpload pdf(String name) {
		String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
		return new FileUpload(name, "application/pdf", body.getBytes(StandardCharsets.US_ASCII));
	}

	/** A 1×1 PNG (a screenshot of a message). */
	public static FileUpload png(String name) {
		return new FileUpload(name, "image/png", Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
	}

	/** A Windows executable renamed to look like a PDF, with the browser claiming application/pdf. */
	public static FileUpload disguisedExecutable(String name) {
		byte[] b = new byte[256];
		b[0] = 'M';
		b[1] = 'Z';
		b[0x3c] = (byte) 0x80;
		b[0x80] = 'P';
		b[0x81] = 'E';
		return new FileUpload(name, "application/pdf", b);
	}

}
