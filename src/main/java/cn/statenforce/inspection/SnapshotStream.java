package cn.statenforce.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Builds a {@link DrawSnapshot} from units that arrive in canonical order ({@link DrawSnapshot#UNIT_ORDER}, as
 * the directory read delivers them) and seals it while they arrive: each unit's canonical line is rendered at
 * once and handed in chunks to a second thread that feeds the SHA-256 digest and the gzip stream. The seal of
 * a large directory is then ready shortly after its last row is read instead of taking a second pass.
 * <p>
 * The bytes are exactly those of {@link DrawSnapshot#writeTo}, so the hash of a directory state does not
 * depend on which path sealed it. Should a unit arrive out of canonical order (a database collation that
 * orders credit codes differently, or equal codes in two bureaus), streaming is abandoned and the snapshot is
 * sorted and sealed the ordinary way when the read is complete.
 */
final class SnapshotStream implements AutoCloseable {

	private static final int CHUNK = 1 << 18;

	/** A filled part of the canonical text on its way to the sealing thread. */
	private record Chunk(byte[] bytes, int length) {
	}

	private static final Chunk END = new Chunk(new byte[0], 0);

	private final List<SnapshotInspector> inspectors;

	private final List<DrawSnapshot.Recusal> recusals;

	private final List<SnapshotUnit> units = new ArrayList<>();

	private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(32);

	private final CompletableFuture<DrawSnapshot.Sealed> sealed = new CompletableFuture<>();

	private final Thread worker;

	private byte[] buf = new byte[CHUNK];

	private int pos;

	private SnapshotUnit last;

	private boolean streaming = true;

	private boolean finished;

	private long waitedNanos;

	private long firstUnitNanos;

	/** A snapshot and its seal, which may still be in progress on the sealing thread. */
	record Sealing(DrawSnapshot snapshot, CompletableFuture<DrawSnapshot.Sealed> sealed) {
	}

	SnapshotStream(List<SnapshotInspector> inspectors, List<DrawSnapshot.Recusal> recusals) {
		this.inspectors = DrawSnapshot.sorted(inspectors, DrawSnapshot.INSPECTOR_ORDER);
		this.recusals = DrawSnapshot.sorted(recusals, DrawSnapshot.RECUSAL_ORDER);
		this.worker = new Thread(this::seal, "draw-snapshot-seal");
		this.worker.setDaemon(true);
		this.worker.start();
		ascii(DrawSnapshot.HEADER);
		put('\n');
	}

	/** Adds the next unit of the directory read. */
	void add(SnapshotUnit u) {
		if (units.isEmpty()) {
			firstUnitNanos = System.nanoTime();
		}
		units.add(u);
		if (!streaming) {
			return;
		}
		if (last != null && DrawSnapshot.UNIT_ORDER.compare(last, u) > 0) {
			abandon();
			return;
		}
		last = u;
		put('U');
		field(u.creditCode());
		put('|');
		number(u.enterpriseId());
		field(u.groupCode());
		field(u.riskTags());
		field(u.exclusion());
		put('\n');
	}

	/** Ends the read: the snapshot, and its seal (already complete, or completing on the sealing thread). */
	Sealing finish() {
		finished = true;
		if (!streaming) {
			DrawSnapshot snapshot = new DrawSnapshot(units, inspectors, recusals);
			return new Sealing(snapshot, CompletableFuture.completedFuture(snapshot.seal()));
		}
		for (SnapshotInspector i : inspectors) {
			put('I');
			field(i.username());
			field(i.certNumber());
			field(i.validFrom() == null ? null : i.validFrom().toString());
			field(i.validTo() == null ? null : i.validTo().toString());
			put('\n');
		}
		for (DrawSnapshot.Recusal r : recusals) {
			put('R');
			field(r.username());
			field(r.creditCode());
			put('\n');
		}
		send(new Chunk(buf, pos));
		send(END);
		return new Sealing(DrawSnapshot.ordered(units, inspectors, recusals), sealed);
	}

	/** The seal in progress (cancelled if the stream was closed before {@link #finish()}). */
	CompletableFuture<DrawSnapshot.Sealed> sealedFuture() {
		return sealed;
	}

	/** Stops the sealing thread if the read failed before {@link #finish()}. */
	@Override
	public void close() {
		if (!finished) {
			abandon();
		}
	}

	private void abandon() {
		streaming = false;
		buf = null;
		worker.interrupt();
	}

	/** The sealing thread: digest and gzip every chunk until the end marker. */
	private void seal() {
		MessageDigest digest = DrawSnapshot.sha256Digest();
		ByteArrayOutputStream packed = new ByteArrayOutputStream(1 << 20);
		try (var gz = DrawSnapshot.fastGzip(packed)) {
			for (Chunk c = chunks.take(); c != END; c = chunks.take()) {
				digest.update(c.bytes(), 0, c.length());
				gz.write(c.bytes(), 0, c.length());
			}
			gz.finish();
			sealed.complete(new DrawSnapshot.Sealed(HexFormat.of().formatHex(digest.digest()), packed.toByteArray()));
		}
		catch (InterruptedException e) {
			sealed.cancel(false);
		}
		catch (IOException | RuntimeException e) {
			sealed.completeExceptionally(e);
		}
	}

	private void send(Chunk chunk) {
		if (chunks.offer(chunk)) {
			return;
		}
		long t0 = System.nanoTime();
		try {
			while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				if (sealed.isDone()) {
					sealed.join();
					throw new IllegalStateException("the draw snapshot's sealing thread stopped");
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while sealing the draw snapshot", e);
		}
		finally {
			waitedNanos += System.nanoTime() - t0;
		}
	}

	/** {@link System#nanoTime()} when the first unit arrived, 0 if none did (for the draw's timing log). */
	long firstUnitNanos() {
		return firstUnitNanos;
	}

	/** How long the read has waited for the sealing thread to catch up (for the draw's timing log). */
	long waitedMillis() {
		return waitedNanos / 1_000_000;
	}

	/** Room for {@code n} more bytes, handing the filled chunk to the sealing thread if needed. */
	private void ensure(int n) {
		if (pos + n > buf.length) {
			send(new Chunk(buf, pos));
			buf = new byte[Math.max(CHUNK, n)];
			pos = 0;
		}
	}

	private void put(char c) {
		ensure(1);
		buf[pos++] = (byte) c;
	}

	private void ascii(String s) {
		ensure(s.length());
		for (int i = 0; i < s.length(); i++) {
			buf[pos++] = (byte) s.charAt(i);
		}
	}

	/** {@code |field} as {@link DrawSnapshot} writes it: null empty, escaped ({@link DrawSnapshot#escape}), UTF-8. */
	private void field(String f) {
		if (f == null) {
			put('|');
			return;
		}
		int n = f.length();
		ensure(n + 1);
		int start = pos;
		buf[pos++] = '|';
		for (int i = 0; i < n; i++) {
			char c = f.charAt(i);
			if (c >= 0x80 || DrawSnapshot.needsEscape(c)) {
				pos = start;
				fieldUtf8(f);
				return;
			}
			buf[pos++] = (byte) c;
		}
	}

	private void fieldUtf8(String f) {
		byte[] bytes = DrawSnapshot.escape(f).getBytes(StandardCharsets.UTF_8);
		ensure(bytes.length + 1);
		buf[pos++] = '|';
		System.arraycopy(bytes, 0, buf, pos, bytes.length);
		pos += bytes.length;
	}

	private void number(long v) {
		if (v < 0) {
			ascii(Long.toString(v));
			return;
		}
		ensure(20);
		int digits = 1;
		for (long t = v / 10; t > 0; t /= 10) {
			digits++;
		}
		for (int i = pos + digits - 1; i >= pos; i--) {
			buf[i] = (byte) ('0' + v % 10);
			v /= 10;
		}
		pos += digits;
	}

}
