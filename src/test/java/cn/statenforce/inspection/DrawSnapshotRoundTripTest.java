package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The draw snapshot's text reads back every string it was given — carriage returns, line feeds, '|', backslashes,
 * NUL and every other control character, characters outside the BMP and broken UTF-16 pairs — so a stored field of
 * any content can no longer break the verification of a draw; the streamed text is byte for byte the same.
 */
class DrawSnapshotRoundTripTest {

	/** Characters the old text lost or split a line on, and the neighbours of every escape. */
	private static final String HOSTILE = "\r\n|\\\u0000\u0001\u001b\u007f\u0085\u009f\u2028\t\\p\\n\\u0041𠮷\ud800\udc00\ud83d";

	private static String randomText(Random random) {
		StringBuilder b = new StringBuilder();
		int n = random.nextInt(12);
		for (int i = 0; i < n; i++) {
			switch (random.nextInt(4)) {
				case 0 -> b.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
				case 1 -> b.append((char) random.nextInt(0xa0));
				case 2 -> b.append("统计执法证号".charAt(random.nextInt(6)));
				default -> b.append((char) random.nextInt(0x10000));
			}
		}
		return b.toString();
	}

	@Test
	void shouldReadBackEveryStringItWrote() throws Exception {
		Random random = new Random(16);
		for (int round = 0; round < 200; round++) {
			List<SnapshotUnit> units = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				units.add(new SnapshotUnit(String.format("91430302MA4L%05dX", i) + randomText(random), 1000 + i,
						"430302" + randomText(random), randomText(random), i % 3 == 0 ? null : "OPEN_CASE" + randomText(random)));
			}
			List<SnapshotInspector> inspectors = List.of(new SnapshotInspector("yuhu.inspector1" + randomText(random),
					"43030201" + randomText(random), LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
			List<DrawSnapshot.Recusal> recusals = List.of(new DrawSnapshot.Recusal("yuhu.inspector2", randomText(random)));
			DrawSnapshot written = new DrawSnapshot(units, inspectors, recusals);

			DrawSnapshot read = DrawSnapshot.fromGzip(written.gzip());
			assertThat(read.units()).isEqualTo(written.units());
			assertThat(read.inspectors()).isEqualTo(written.inspectors());
			assertThat(read.recusals()).isEqualTo(written.recusals());
			assertThat(read.sha256()).isEqualTo(written.sha256());
			assertThat(DrawSnapshot.sha256OfGzip(written.gzip())).isEqualTo(written.sha256());

			// one record a line, whatever the fields hold
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			written.writeTo(text);
			String canonical = text.toString(StandardCharsets.UTF_8);
			assertThat(canonical.lines().count()).isEqualTo(1 + units.size() + inspectors.size() + recusals.size());
			assertThat(canonical).doesNotContain("\r");

			try (SnapshotStream stream = new SnapshotStream(written.inspectors(), written.recusals())) {
				written.units().forEach(stream::add);
				assertThat(stream.finish().sealed().join().sha256()).isEqualTo(written.sha256());
			}
		}
	}

	/** Text without anything to escape is written as before, so every hash published before stays valid. */
	@Test
	void shouldWritePlainTextAsBefore() {
		assertThat(DrawSnapshot.escape("91430302MA4L00001X")).isSameAs("91430302MA4L00001X");
		assertThat(DrawSnapshot.escape("COMPLAINT,LARGE")).isEqualTo("COMPLAINT,LARGE");
		assertThat(DrawSnapshot.escape("湘统执字第0001号")).isEqualTo("湘统执字第0001号");
		assertThat(DrawSnapshot.escape("a|b\\c\r\nd")).isEqualTo("a\\pb\\\\c\\r\\nd");
	}

}
