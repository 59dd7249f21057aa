package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.statenforce.shared.UnifiedSocialCreditCode;

/** The draw as a pure function: reproducibility and the legal rules, checked over many seeds. */
class RandomDrawTest {

	static final LocalDate PLANNED = LocalDate.of(2026, 6, 15);

	static final List<String> GROUPS = List.of("430302", "430304", "430321");

	/** A directory of n units over three bureaus, some excluded, some with risk tags, and a few recusals. */
	static DrawSnapshot snapshot(int n, long fixtureSeed) {
		Random r = new Random(fixtureSeed);
		List<SnapshotUnit> units = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; units.size() < n; i++) {
			String group = GROUPS.get(r.nextInt(GROUPS.size()));
			String code = UnifiedSocialCreditCode.of("91", group, String.format("%08d", r.nextInt(100_000_000))).value();
			if (!codes.add(code)) {
				continue;
			}
			String tags = r.nextInt(5) == 0 ? "COMPLAINT" : "";
			String exclusion = switch (r.nextInt(10)) {
				case 0 -> DrawExclusion.CLEAN_RECENTLY.name();
				case 1 -> DrawExclusion.OPEN_CASE.name();
				default -> null;
			};
			units.add(new SnapshotUnit(code, 1000 + i, group, tags, exclusion));
		}
		List<SnapshotInspector> inspectors = List.of(
				new SnapshotInspector("a.inspector", "43030201001", PLANNED.minusYears(1), PLANNED.plusYears(3)),
				new SnapshotInspector("b.inspector", "43030201002", PLANNED.minusYears(2), PLANNED.plusYears(2)),
				new SnapshotInspector("c.inspector", "43030201003", PLANNED.minusYears(1), PLANNED),
				new SnapshotInspector("d.inspector", "43030201004", PLANNED.minusYears(5), PLANNED.minusDays(1)),
				new SnapshotInspector("e.inspector", "43030201005", PLANNED.plusDays(1), PLANNED.plusYears(5)),
				new SnapshotInspector("f.inspector", "43030201006", PLANNED.minusYears(1), PLANNED.plusYears(1)),
				new SnapshotInspector("g.inspector", null, null, null));
		List<DrawSnapshot.Recusal> recusals = new ArrayList<>();
		for (int i = 0; i < n / 10; i++) {
			SnapshotUnit u = units.get(r.nextInt(units.size()));
			recusals.add(new DrawSnapshot.Recusal(inspectors.get(r.nextInt(4)).username(), u.creditCode()));
		}
		// one unit everyone valid but one must recuse from: cannot be staffed
		SnapshotUnit blocked = units.get(0);
		for (String u : List.of("a.inspector", "b.inspector", "c.inspector")) {
			recusals.add(new DrawSnapshot.Recusal(u, blocked.creditCode()));
		}
		return new DrawSnapshot(units, inspectors, recusals);
	}

	static DrawParameters params(long seed, Integer stageOne) {
		return new DrawParameters(seed, 60, null, 3, stageOne, PLANNED);
	}

	@Test
	void shouldGiveTheSameListForTheSameSeedAndSnapshot() {
		DrawSnapshot s = snapshot(1000, 1);
		DrawOutcome a = RandomDraw.run(params(42, null), s);
		DrawOutcome b = RandomDraw.run(params(42, null), snapshot(1000, 1));
		assertThat(b.units()).isEqualTo(a.units()).hasSize(60);
		assertThat(s.sha256()).isEqualTo(snapshot(1000, 1).sha256());
	}

	@Test
	void shouldGiveADifferentListForADifferentSeed() {
		DrawSnapshot s = snapshot(1000, 1);
		Set<String> a = codes(RandomDraw.run(params(42, null), s));
		Set<String> b = codes(RandomDraw.run(params(43, null), s));
		assertThat(b).isNotEqualTo(a);
		assertThat(codes(RandomDraw.run(params(42, 2), s))).isNotEqualTo(codes(RandomDraw.run(params(43, 2), s)));
	}

	@Test
	void shouldRoundTripTheStoredSnapshotWithTheSameHash() {
		DrawSnapshot s = snapshot(500, 7);
		DrawSnapshot back = DrawSnapshot.fromGzip(s.gzip());
		assertThat(back.sha256()).isEqualTo(s.sha256());
		assertThat(back.units()).isEqualTo(s.units());
		assertThat(RandomDraw.run(params(9, 2), back)).isEqualTo(RandomDraw.run(params(9, 2), s));
	}

	@Test
	void shouldChangeTheHashWhenAnyRelevantFieldChanges() {
		DrawSnapshot s = snapshot(50, 3);
		List<SnapshotUnit> changed = new ArrayList<>(s.units());
		SnapshotUnit u = changed.get(10);
		changed.set(10, new SnapshotUnit(u.creditCode(), u.enterpriseId(), u.groupCode(), "DATA_ANOMALY", u.exclusion()));
		assertThat(new DrawSnapshot(changed, s.inspectors(), s.recusals()).sha256()).isNotEqualTo(s.sha256());
		// order of the input does not matter: the canonical text is sorted
		List<SnapshotUnit> reversed = new ArrayList<>(s.units());
		java.util.Collections.reverse(reversed);
		assertThat(new DrawSnapshot(reversed, s.inspectors(), s.recusals()).sha256()).isEqualTo(s.sha256());
	}

	@Test
	void shouldHoldTheRulesForEveryDrawnUnitOverManySeeds() {
		DrawSnapshot s = snapshot(800, 11);
		Map<String, SnapshotUnit> byCode = s.units().stream().collect(Collectors.toMap(SnapshotUnit::creditCode, u -> u));
		Map<String, SnapshotInspector> inspectors = s.inspectors().stream()
			.collect(Collectors.toMap(SnapshotInspector::username, i -> i));
		Set<String> recusals = s.recusals().stream().map(r -> r.username() + "|" + r.creditCode()).collect(Collectors.toSet());
		for (long seed = 1; seed <= 200; seed++) {
			Integer stageOne = seed % 2 == 0 ? 2 : null;
			DrawParameters p = seed % 3 == 0 ? new DrawParameters(seed, null, new BigDecimal("5.5"), 2, stageOne, PLANNED)
					: params(seed, stageOne);
			DrawOutcome out = RandomDraw.run(p, s);
			assertThat(out.units()).as("seed %d", seed).isNotEmpty();
			assertThat(out.units()).extracting(DrawnUnit::creditCode).doesNotHaveDuplicates();
			Map<String, Integer> load = new HashMap<>();
			for (DrawnUnit d : out.units()) {
				SnapshotUnit u = byCode.get(d.creditCode());
				assertThat(u.exclusion()).as("seed %d unit %s excluded", seed, d.creditCode()).isNull();
				assertThat(d.inspector1()).as("two different inspectors").isNotEqualTo(d.inspector2());
				for (String who : List.of(d.inspector1(), d.inspector2())) {
					assertThat(inspectors.get(who).validOn(PLANNED)).as("certificate of %s valid", who).isTrue();
					assertThat(recusals).as("recusal of %s for %s", who, d.creditCode()).doesNotContain(who + "|" + d.creditCode());
					load.merge(who, 1, Integer::sum);
				}
				if (stageOne != null) {
					assertThat(out.drawnGroups()).contains(u.groupCode());
				}
			}
			if (stageOne != null) {
				assertThat(out.drawnGroups()).hasSize(2);
			}
			int max = load.values().stream().max(Integer::compare).orElseThrow();
			int min = load.values().stream().min(Integer::compare).orElseThrow();
			assertThat(max - min).as("workload balanced, seed %d: %s", seed, load).isLessThanOrEqualTo(2);
			assertThat(load.keySet()).as("every valid inspector used").containsExactlyInAnyOrder("a.inspector",
					"b.inspector", "c.inspector", "f.inspector");
		}
	}

	@Test
	void shouldDrawTheRatioOfEligibleUnitsAndSetAsideUnstaffableOnes() {
		DrawSnapshot s = snapshot(1000, 1);
		DrawOutcome out = RandomDraw.run(new DrawParameters(5, null, new BigDecimal("10"), 1, null, PLANNED), s);
		assertThat(out.units()).hasSize((int) Math.ceil(out.eligible() * 0.10));
		assertThat(out.excluded()).containsKey(DrawExclusion.RECUSAL);
		assertThat(out.excluded().get(DrawExclusion.CLEAN_RECENTLY) + out.excluded().get(DrawExclusion.OPEN_CASE)
				+ out.excluded().get(DrawExclusion.RECUSAL) + out.eligible()).isEqualTo(1000);
	}

	@Test
	void shouldFavourRiskTaggedUnitsWhenWeighted() {
		DrawSnapshot s = snapshot(1000, 1);
		long tagged = 0;
		long unweighted = 0;
		for (long seed = 1; seed <= 30; seed++) {
			tagged += risky(RandomDraw.run(new DrawParameters(seed, 60, null, 5, null, PLANNED), s), s);
			unweighted += risky(RandomDraw.run(new DrawParameters(seed, 60, null, 1, null, PLANNED), s), s);
		}
		assertThat(tagged).isGreaterThan(unweighted * 2);
	}

	@Test
	void shouldAssignOnlyInspectorsWhoseCertificateCoversTheWholePlanWindow() {
		DrawSnapshot s = snapshot(800, 11);
		// c.inspector's certificate ends on the planned date: valid that day, lapsed during the 15 working days after
		LocalDate due = PLANNED.plusDays(21);
		for (long seed = 1; seed <= 50; seed++) {
			DrawParameters window = new DrawParameters(seed, 60, null, 3, null, PLANNED, due, false);
			Set<String> used = new HashSet<>();
			RandomDraw.run(window, s).units().forEach(u -> used.addAll(List.of(u.inspector1(), u.inspector2())));
			assertThat(used).as("seed %d", seed).containsExactlyInAnyOrder("a.inspector", "b.inspector", "f.inspector");
		}
		assertThat(new DrawParameters(1, 60, null, 3, null, PLANNED, due, false).canonical())
			.endsWith(";plannedDate=2026-06-15;windowEnd=2026-07-06");
		assertThat(DrawParameters.windowEndOf(new DrawParameters(1, 60, null, 3, null, PLANNED, due, false).canonical()))
			.isEqualTo(due);
		// a draw stored before the window was published keeps its parameters text and its meaning
		assertThat(params(1, null).canonical()).endsWith(";plannedDate=2026-06-15");
		assertThat(DrawParameters.windowEndOf(params(1, null).canonical())).isNull();
		// when the certificates of all but one end inside the window, nobody can be sent
		DrawSnapshot twoShort = new DrawSnapshot(s.units(), List.of(s.inspectors().get(0), s.inspectors().get(2)), List.of());
		assertThatThrownBy(() -> RandomDraw.run(new DrawParameters(1, 5, null, 1, null, PLANNED, due, false), twoShort))
			.isInstanceOf(DrawException.class).hasMessageContaining("2026-06-15 至 2026-07-06").hasMessageContaining("不足2名");
	}

	@Test
	void shouldRefuseWhenFewerThanTwoInspectorsAreValid() {
		DrawSnapshot s = snapshot(20, 1);
		DrawSnapshot lonely = new DrawSnapshot(s.units(), s.inspectors().subList(0, 1), List.of());
		assertThatThrownBy(() -> RandomDraw.run(params(1, null), lonely)).isInstanceOf(DrawException.class)
			.hasMessageContaining("不足2名");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(longs = { 1L, 2L, 99L, 4_242L })
	void shouldReplayTheUnitsFromThePublishedPopulationAloneForSingleAndTwoStageWeightedDraws(long seed) {
		DrawSnapshot s = snapshot(400, 17);
		for (Integer stageOne : java.util.Arrays.asList(null, 2)) {
			DrawParameters p = params(seed, stageOne);
			DrawOutcome full = RandomDraw.run(p, s);
			// what the public page publishes: credit code, group and weight of each unit that could be drawn
			List<SnapshotUnit> published = RandomDraw.eligibleUnits(p, s).stream()
				.map(u -> new SnapshotUnit(u.creditCode(), 0, u.groupCode(), u.hasRisk() ? "WEIGHTED" : "", null))
				.toList();
			RandomDraw.UnitSample replay = RandomDraw.replayUnits(p, published);
			assertThat(replay.units()).extracting(SnapshotUnit::creditCode)
				.containsExactlyElementsOf(full.units().stream().map(DrawnUnit::creditCode).toList());
			assertThat(replay.groups()).isEqualTo(full.drawnGroups());
			assertThat(replay.eligible()).isEqualTo(full.eligible());
		}
	}

	private static long risky(DrawOutcome out, DrawSnapshot s) {
		Set<String> risky = s.units().stream().filter(SnapshotUnit::hasRisk).map(SnapshotUnit::creditCode).collect(Collectors.toSet());
		return out.units().stream().filter(u -> risky.contains(u.creditCode())).count();
	}

	private static Set<String> codes(DrawOutcome out) {
		return out.units().stream().map(DrawnUnit::creditCode).collect(Collectors.toSet());
	}

}
