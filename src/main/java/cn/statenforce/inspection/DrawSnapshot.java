package cn.statenforce.inspection;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The input of a draw frozen at draw time: the units in the plan's scope (with their exclusion), the
 * inspectors of the drawing bureau with their certificate validity, and the recusal declarations. Its
 * canonical text (UTF-8, one record per line, units sorted by credit code) is what the SHA-256 hash
 * published with the draw is computed over:
 *
 * <pre>
 * statenforce-draw-snapshot/1
 * U|creditCode|enterpriseId|groupCode|riskTags|exclusion
 * I|username|certNumber|validFrom|validTo
 * R|username|creditCode
 * </pre>
 *
 * Empty fields are written as empty strings. A field's text is escaped so that every string reads back as it was
 * written: {@code \\} for a backslash, {@code \p} for '|', {@code \n} and {@code \r} for line breaks, and
 * a backslash, "u" and four hex digits for any other control character or a broken UTF-16 pair; text without any of
 * them is written as it
 * is, so the text (and hash) of every snapshot stored before the escaping is unchanged. Lines end with {@code \n}
 * only. The gzip of that text is stored with the draw, so the draw can be verified later even after the directory
 * has changed.
 */
public final class DrawSnapshot {

	static final String HEADER = "statenforce-draw-snapshot/1";

	static final Comparator<SnapshotUnit> UNIT_ORDER = Comparator.comparing(SnapshotUnit::creditCode)
		.thenComparing(SnapshotUnit::groupCode)
		.thenComparingLong(SnapshotUnit::enterpriseId);

	static final Comparator<SnapshotInspector> INSPECTOR_ORDER = Comparator.comparing(SnapshotInspector::username);

	static final Comparator<Recusal> RECUSAL_ORDER = Comparator.comparing(Recusal::username)
		.thenComparing(Recusal::creditCode);

	private final List<SnapshotUnit> units;

	private final List<SnapshotInspector> inspectors;

	private final List<Recusal> recusals;

	/** An inspector's declared conflict of interest with a unit (回避). */
	public record Recusal(String username, String creditCode) {
	}

	public DrawSnapshot(List<SnapshotUnit> units, List<SnapshotInspector> inspectors, List<Recusal> recusals) {
		this(sorted(units, UNIT_ORDER), sorted(inspectors, INSPECTOR_ORDER), sorted(recusals, RECUSAL_ORDER), true);
	}

	private DrawSnapshot(List<SnapshotUnit> units, List<SnapshotInspector> inspectors, List<Recusal> recusals,
			boolean inCanonicalOrder) {
		this.units = units;
		this.inspectors = inspectors;
		this.recusals = recusals;
	}

	/**
	 * A snapshot of lists the caller has already checked to be in canonical order ({@link SnapshotStream}
	 * checks each unit as it arrives): saves the order check over a large directory. The units are still
	 * copied into the same immutable list type every snapshot has, so the draw's loops over them stay
	 * compiled for one list class (a wrapper type here cost the first large draw a recompilation).
	 */
	static DrawSnapshot ordered(List<SnapshotUnit> units, List<SnapshotInspector> inspectors, List<Recusal> recusals) {
		return new DrawSnapshot(List.copyOf(units), List.copyOf(inspectors), List.copyOf(recusals), true);
	}

	public List<SnapshotUnit> units() {
		return units;
	}

	public List<SnapshotInspector> inspectors() {
		return inspectors;
	}

	public List<Recusal> recusals() {
		return recusals;
	}

	/** SHA-256 (lower-case hex) of the canonical text. */
	public String sha256() {
		MessageDigest digest = sha256Digest();
		writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Hash and stored form of a snapshot, computed in one pass over the canonical text. */
	public record Sealed(String sha256, byte[] gzip) {
	}

	/**
	 * Renders the canonical text once, then hashes and compresses it at the same time on two threads (the
	 * two dominate the time of a large draw once the directory is read).
	 */
	public Sealed seal() {
		ByteArrayOutputStream text = new ByteArrayOutputStream(Math.max(1024, units.size() * 48));
		writeTo(text);
		byte[] canonical = text.toByteArray();
		CompletableFuture<byte[]> packed = CompletableFuture.supplyAsync(() -> gzipOf(canonical));
		String hash = HexFormat.of().formatHex(sha256Digest().digest(canonical));
		return new Sealed(hash, packed.join());
	}

	private static byte[] gzipOf(byte[] canonical) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, canonical.length / 6));
		try (GZIPOutputStream gz = fastGzip(bytes)) {
			gz.write(canonical);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** The gzip of the canonical text, as stored beside the draw. */
	public byte[] gzip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, units.size() * 16));
		try (GZIPOutputStream gz = fastGzip(bytes)) {
			writeTo(gz);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Writes the canonical text; the stream is flushed, not closed. */
	public void writeTo(OutputStream out) {
		try {
			Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			w.write(HEADER);
			w.write('\n');
			for (SnapshotUnit u : units) {
				line(w, "U", u.creditCode(), Long.toString(u.enterpriseId()), u.groupCode(), u.riskTags(), u.exclusion());
			}
			for (SnapshotInspector i : inspectors) {
				line(w, "I", i.username(), i.certNumber(), str(i.validFrom()), str(i.validTo()));
			}
			for (Recusal r : recusals) {
				line(w, "R", r.username(), r.creditCode());
			}
			w.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Plain gzip at the fastest level: any gunzip reads it; a draw should not wait on compression. */
	static GZIPOutputStream fastGzip(OutputStream out) throws IOException {
		return new GZIPOutputStream(out, 1 << 16) {
			{
				def.setLevel(java.util.zip.Deflater.BEST_SPEED);
			}
		};
	}

	/** Reads a snapshot back from its stored gzip. */
	public static DrawSnapshot fromGzip(byte[] gzip) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
			return parse(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** SHA-256 of the canonical text stored as gzip: what the published hash is checked against. */
	public static String sha256OfGzip(byte[] gzip) {
		MessageDigest digest = sha256Digest();
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
			byte[] buf = new byte[1 << 16];
			for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
				digest.update(buf, 0, n);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static DrawSnapshot parse(InputStream in) throws IOException {
		String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		if (end < 0 || !HEADER.equals(text.substring(0, end))) {
			throw new IllegalArgumentException("not a draw snapshot");
		}
		List<SnapshotUnit> units = new ArrayList<>();
		List<SnapshotInspector> inspectors = new ArrayList<>();
		List<Recusal> recusals = new ArrayList<>();
		// lines end at '\n' only: a carriage return inside a field of an older snapshot is part of the field
		for (int start = end + 1; start < text.length(); start = end + 1) {
			end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			String[] f = text.substring(start, end).split("\\|", -1);
			for (int i = 1; i < f.length; i++) {
				f[i] = unescape(f[i]);
			}
			switch (f[0]) {
				case "U" -> units.add(new SnapshotUnit(f[1], Long.parseLong(f[2]), f[3], f[4], blankToNull(f[5])));
				case "I" -> inspectors.add(new SnapshotInspector(f[1], blankToNull(f[2]), date(f[3]), date(f[4])));
				case "R" -> recusals.add(new Recusal(f[1], f[2]));
				default -> throw new IllegalArgumentException("unknown snapshot record: " + f[0]);
			}
		}
		return new DrawSnapshot(units, inspectors, recusals);
	}

	private static void line(Writer w, String type, String... fields) throws IOException {
		w.write(type);
		for (String f : fields) {
			w.write('|');
			if (f != null) {
				w.write(escape(f));
			}
		}
		w.write('\n');
	}

	/** Whether the character is written escaped (see the class comment); surrogates are checked in pairs. */
	static boolean needsEscape(char c) {
		return c < 0x20 || c == '|' || c == '\\' || c == 0x7f || c >= 0x80 && c <= 0x9f;
	}

	/** The field's text as the snapshot writes it; the same instance when nothing needs escaping. */
	static String escape(String f) {
		int n = f.length();
		int i = 0;
		while (i < n && !needsEscape(f.charAt(i)) && !Character.isSurrogate(f.charAt(i))) {
			i++;
		}
		if (i == n) {
			return f;
		}
		StringBuilder b = new StringBuilder(n + 8).append(f, 0, i);
		for (; i < n; i++) {
			char c = f.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(f.charAt(i + 1))) {
				b.append(c).append(f.charAt(++i));
			}
			else if (c == '\\') {
				b.append("\\\\");
			}
			else if (c == '|') {
				b.append("\\p");
			}
			else if (c == '\n') {
				b.append("\\n");
			}
			else if (c == '\r') {
				b.append("\\r");
			}
			else if (needsEscape(c) || Character.isSurrogate(c)) {
				b.append(String.format("\\u%04x", (int) c));
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}

	static String unescape(String f) {
		int i = f.indexOf('\\');
		if (i < 0) {
			return f;
		}
		StringBuilder b = new StringBuilder(f.length()).append(f, 0, i);
		while (i < f.length()) {
			char c = f.charAt(i);
			if (c != '\\' || i + 1 >= f.length()) {
				b.append(c);
				i++;
				continue;
			}
			char e = f.charAt(i + 1);
			switch (e) {
				case '\\' -> b.append('\\');
				case 'p' -> b.append('|');
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 'u' -> {
					if (i + 6 <= f.length()) {
						b.append((char) Integer.parseInt(f.substring(i + 2, i + 6), 16));
						i += 4;
					}
					else {
						b.append("\\u");
					}
				}
				default -> b.append(c).append(e);
			}
			i += 2;
		}
		return b.toString();
	}

	static <T> List<T> sorted(List<T> items, Comparator<T> order) {
		for (int i = 1; i < items.size(); i++) {
			if (order.compare(items.get(i - 1), items.get(i)) > 0) {
				List<T> copy = new ArrayList<>(items);
				copy.sort(order);
				return List.copyOf(copy);
			}
		}
		return List.copyOf(items);
	}

	private static String str(LocalDate d) {
		return d == null ? null : d.toString();
	}

	private static LocalDate date(String s) {
		return s.isEmpty() ? null : LocalDate.parse(s);
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
