package cn.statenforce.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** The web edges of attachments, shared by the registers' controllers: multipart in, download out. */
public final class AttachmentHttp {

	private AttachmentHttp() {
	}

	/** The non-empty parts of a multipart field as uploads (an empty file input sends one empty part). */
	public static List<FileUpload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> !f.isEmpty()).map(f -> {
			try {
				return new FileUpload(f.getOriginalFilename(), f.getContentType(), f.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
	}

	/**
	 * A download of the file under its (Chinese) name with the detected type; never rendered inline, and the browser
	 * is told not to guess another type.
	 */
	public static ResponseEntity<byte[]> download(AttachmentService.AttachmentFile f) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(f.attachment().contentType()))
			.body(f.content());
	}

}
