package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * The snapshot sealed while the directory is read must be the very snapshot {@link DrawSnapshot} renders:
 * same canonical bytes, same SHA-256, and a stored gzip that unpacks to them, so draws stored before and after
 * still verify.
 */
class DrawSnapshotStreamTest {

	@Test
	void shouldSealByteIdenticallyToTheCanonicalRenderingAcrossManyChunks() throws IOException {
		DrawSnapshot reference = RandomDrawTest.snapshot(20_000, 5);

		SnapshotStream.Sealing streamed = stream(reference.units(), reference);

		assertSameAs(reference, streamed);
		assertThat(canonical(reference).length).isGreaterThan(3 * (1 << 18));
	}

	@Test
	void shouldRenderAwkwardFieldsAsTheWriterDoes() throws IOException {
		List<SnapshotUnit> units = List.of(
				new SnapshotUnit("91430302MA4L00001X", 1, "430302", "COMPLAINT,DATA_ANOMALY", null),
				new SnapshotUnit("91430302MA4L00002X", 0, "43|0302", "投诉\n举报|x", "OPEN_CASE"),
				new SnapshotUnit("91430302MA4L00003X", Long.MAX_VALUE, "", "", "CLEAN_RECENTLY"),
				new SnapshotUnit("91430302MA4L00004X", -17, null, null, "RECUSAL"),
				new SnapshotUnit("91430302MA4L00005X", 1234567890L, "湘潭", "\uD83D\uDE00", null));
		List<SnapshotInspector> inspectors = List.of(
				new SnapshotInspector("张三", "证|1\n2", LocalDate.of(2024, 1, 2), LocalDate.of(2028, 12, 31)),
				new SnapshotInspector("a.inspector", null, null, null),
				new SnapshotInspector("b.inspector", "43030201002", null, LocalDate.of(2027, 3, 4)));
		List<DrawSnapshot.Recusal> recusals = List.of(new DrawSnapshot.Recusal("张三", "91430302MA4L00002X"),
				new DrawSnapshot.Recusal("a.inspector", "91430302MA4L00005X"));
		DrawSnapshot reference = new DrawSnapshot(units, inspectors, recusals);

		assertSameAs(reference, stream(units, reference));
	}

	@Test
	void shouldKeepTheHashOfAStoredSnapshot() throws IOException {
		DrawSnapshot reference = new DrawSnapshot(
				List.of(new SnapshotUnit("91430302MA4L00001X", 7, "430302", "COMPLAINT", null),
						new SnapshotUnit("91430302MA4L00002X", 8, "430302", "", "OPEN_CASE")),
				List.of(new SnapshotInspector("a.inspector", "43030201001", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1))),
				List.of(new DrawSnapshot.Recusal("a.inspector", "91430302MA4L00002X")));

		// the hash of this text as draws stored it before the snapshot was streamed
		assertThat(new String(canonical(reference), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("""
				statenforce-draw-snapshot/1
				U|91430302MA4L00001X|7|430302|COMPLAINT|
				U|91430302MA4L00002X|8|430302||OPEN_CASE
				I|a.inspector|43030201001|2024-01-01|2027-01-01
				R|a.inspector|91430302MA4L00002X
				""");
		assertThat(stream(reference.units(), reference).sealed().join().sha256())
			.isEqualTo(reference.sha256())
			.isEqualTo(java.util.HexFormat.of().formatHex(DrawSnapshot.sha256Digest().digest(canonical(reference))));
	}

	@Test
	void shouldFallBackToSortingWhenUnitsArriveOutOfOrder() throws IOException {
		DrawSnapshot reference = RandomDrawTest.snapshot(3_000, 9);
		List<SnapshotUnit> shuffled = new ArrayList<>(reference.units());
		Collections.shuffle(shuffled, new Random(1));

		assertSameAs(reference, stream(shuffled, reference));
	}

	@Test
	void shouldOrderEqualCreditCodesOfTwoBureausByGroupAsTheSnapshotDoes() throws IOException {
		String code = UnifiedSocialCreditCode.of("91", "430302", "00000001").value();
		// the read orders by credit code only: the same code in two bureaus may come in either group order
		List<SnapshotUnit> asRead = List.of(new SnapshotUnit(code, 1, "430304", "", null),
				new SnapshotUnit(code, 2, "430302", "", null));
		DrawSnapshot reference = new DrawSnapshot(asRead, RandomDrawTest.snapshot(10, 1).inspectors(), List.of());

		SnapshotStream.Sealing streamed = stream(asRead, reference);

		assertSameAs(reference, streamed);
		assertThat(streamed.snapshot().units()).extracting(SnapshotUnit::groupCode).containsExactly("430302", "430304");
	}

	@Test
	void shouldSealAnEmptyDirectory() throws IOException {
		DrawSnapshot reference = new DrawSnapshot(List.of(), List.of(), List.of());

		assertSameAs(reference, stream(List.of(), reference));
	}

	@Test
	void shouldStopSealingWhenTheReadFails() throws InterruptedException {
		DrawSnapshot reference = RandomDrawTest.snapshot(100, 2);
		SnapshotStream stream = new SnapshotStream(reference.inspectors(), reference.recusals());
		reference.units().forEach(stream::add);

		stream.close();

		assertThat(stream.sealedFuture()).failsWithin(java.time.Duration.ofSeconds(5))
			.withThrowableOfType(CancellationException.class);
	}

	private static SnapshotStream.Sealing stream(List<SnapshotUnit> units, DrawSnapshot reference) {
		try (SnapshotStream stream = new SnapshotStream(reference.inspectors(), reference.recusals())) {
			units.forEach(stream::add);
			return stream.finish();
		}
	}

	private static void assertSameAs(DrawSnapshot reference, SnapshotStream.Sealing streamed) throws IOException {
		DrawSnapshot.Sealed sealed = streamed.sealed().join();
		byte[] text = canonical(reference);
		assertThat(gunzip(sealed.gzip())).isEqualTo(text);
		assertThat(gunzip(reference.seal().gzip())).isEqualTo(text);
		assertThat(sealed.sha256()).isEqualTo(reference.sha256()).isEqualTo(reference.seal().sha256());
		assertThat(canonical(streamed.snapshot())).isEqualTo(text);
		assertThat(streamed.snapshot().units()).isEqualTo(reference.units());
		assertThat(streamed.snapshot().inspectors()).isEqualTo(reference.inspectors());
		assertThat(streamed.snapshot().recusals()).isEqualTo(reference.recusals());
		assertThat(DrawSnapshot.fromGzip(sealed.gzip()).sha256()).isEqualTo(reference.sha256());
	}

	private static byte[] canonical(DrawSnapshot s) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		s.writeTo(out);
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] gzip) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

}
