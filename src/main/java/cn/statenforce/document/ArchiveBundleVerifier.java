package cn.statenforce.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.statenforce.attachment.AttachmentService;

/**
 * Checks an archive bundle against its manifest ({@value #MANIFEST}, one {@code <sha256>  <path>} line per file, the
 * format {@code sha256sum -c} reads): every listed file is there with its digest, and nothing is there that the
 * manifest does not list. Used by the application's verify endpoint and, without the application, as a command:
 * {@code java -cp statenforce.jar -Dloader.main=cn.statenforce.document.ArchiveBundleVerifier
 * org.springframework.boot.loader.launch.PropertiesLauncher 案卷.zip} (exit code 0 when it verifies, 1 otherwise).
 */
public final class ArchiveBundleVerifier {

	public static final String MANIFEST = "MANIFEST.sha256";

	private ArchiveBundleVerifier() {
	}

	/** The outcome: the manifest's own digest (to look up where it was issued) and each problem found. */
	public record Result(boolean valid, int entries, String manifestSha256, List<String> problems) {
	}

	public static Result verify(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (!e.isDirectory()) {
					files.put(e.getName(), in.readAllBytes());
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return new Result(false, 0, null, List.of("不是有效的ZIP材料包"));
		}
		byte[] manifest = files.remove(MANIFEST);
		if (manifest == null) {
			return new Result(false, files.size(), null, List.of("材料包中没有校验清单 " + MANIFEST));
		}
		List<String> problems = new ArrayList<>();
		Map<String, String> listed = new LinkedHashMap<>();
		for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int sep = line.indexOf("  ");
			if (sep != 64) {
				problems.add("校验清单格式错误：" + line);
				continue;
			}
			listed.put(line.substring(sep + 2), line.substring(0, sep));
		}
		listed.forEach((path, digest) -> {
			byte[] content = files.get(path);
			if (content == null) {
				problems.add("缺少文件：" + path);
			}
			else if (!AttachmentService.sha256(content).equals(digest)) {
				problems.add("文件已被改动（SHA-256 不符）：" + path);
			}
		});
		files.keySet().stream().filter(p -> !listed.containsKey(p)).forEach(p -> problems.add("清单外的文件：" + p));
		return new Result(problems.isEmpty(), listed.size(), AttachmentService.sha256(manifest), problems);
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("用法：ArchiveBundleVerifier <材料包.zip>");
			System.exit(2);
		}
		Result r;
		try {
			r = verify(Files.readAllBytes(Path.of(args[0])));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		r.problems().forEach(System.out::println);
		System.out.println((r.valid() ? "校验通过" : "校验未通过") + "：清单 " + r.entries() + " 个文件，清单 SHA-256 "
				+ r.manifestSha256());
		System.exit(r.valid() ? 0 : 1);
	}

}
