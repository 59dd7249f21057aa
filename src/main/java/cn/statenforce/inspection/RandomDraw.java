package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The 双随机 draw as a pure function of ({@link DrawParameters}, {@link DrawSnapshot}): the same seed and
 * snapshot always give the same list, so anyone holding the published seed, parameters and snapshot can
 * re-run it. One {@link SplittableRandom} stream is consumed in a fixed order:
 * <ol>
 * <li>only inspectors whose certificate is valid for the whole plan window (planned date to due date,
 * {@link DrawParameters#certificatesValidThrough()}) take part; units that are excluded, or for which fewer than
 * two of them remain after recusals, are set aside;</li>
 * <li>multi-stage (upper bureau): {@code stageOneCount} bureaus (groups) are drawn uniformly without
 * replacement by a partial Fisher-Yates shuffle of the group codes in ascending order; the sample is
 * allocated to them in proportion to their eligible units (largest remainder);</li>
 * <li>units are drawn without replacement with probability proportional to their weight ({@code riskWeight}
 * for a unit with a risk tag, else 1) by Efraimidis-Spirakis keys {@code ln(u)/w}, one {@code u} per
 * eligible unit in credit-code order (group by group in the multi-stage case);</li>
 * <li>the drawn units, in credit-code order, each get the two least-loaded non-recused inspectors, ties
 * broken by one random number per candidate inspector, which keeps workloads within one of each other.</li>
 * </ol>
 */
public final class RandomDraw {

	private RandomDraw() {
	}

	public static DrawOutcome run(DrawParameters p, DrawSnapshot snapshot) {
		SplittableRandom random = new SplittableRandom(p.seed());
		Eligibility e = eligibility(p, snapshot);
		UnitSample sample = sampleUnits(p, e.units(), random);
		return new DrawOutcome(sample.groups(), assignInspectors(sample.units(), e.inspectors(), e.recused(), random),
				sample.eligible(), e.excluded());
	}

	/**
	 * Step 1 alone: the units that may be drawn, in the order the draw reads them (credit-code order). They and the
	 * seed and parameters determine steps 2 and 3 (no random number is used before): this is the population the
	 * public page publishes so that anyone can re-run the choice of units ({@link #replayUnits}).
	 */
	public static List<SnapshotUnit> eligibleUnits(DrawParameters p, DrawSnapshot snapshot) {
		return eligibility(p, snapshot).units();
	}

	/**
	 * Steps 2 and 3 from a published population ({@link #eligibleUnits}): the drawn bureaus of the first stage and
	 * the drawn units in credit-code order, exactly as {@link #run} chose them; the inspectors (step 4) are not
	 * published and not replayed.
	 */
	public static UnitSample replayUnits(DrawParameters p, List<SnapshotUnit> eligibleInOrder) {
		return sampleUnits(p, eligibleInOrder, new SplittableRandom(p.seed()));
	}

	/** The outcome of steps 2 and 3: first-stage bureaus, drawn units (credit-code order), units eligible. */
	public record UnitSample(List<String> groups, List<SnapshotUnit> units, int eligible) {
	}

	private record Eligibility(List<SnapshotInspector> inspectors, Map<String, Set<String>> recused,
			Map<DrawExclusion, Integer> excluded, List<SnapshotUnit> units) {
	}

	private static Eligibility eligibility(DrawParameters p, DrawSnapshot snapshot) {
		LocalDate until = p.certificatesValidThrough();
		List<SnapshotInspector> valid = snapshot.inspectors().stream().filter(i -> i.validThrough(p.plannedDate(), until))
			.toList();
		if (valid.size() < 2) {
			throw new DrawException((until.equals(p.plannedDate()) ? "计划检查日 " + p.plannedDate()
					: "计划检查期间（" + p.plannedDate() + " 至 " + until + "）")
					+ " 统计执法证始终有效的检查人员不足2名，无法抽取");
		}
		Map<String, Set<String>> recused = recusalsByUnit(snapshot);
		Map<DrawExclusion, Integer> excluded = new EnumMap<>(DrawExclusion.class);
		List<SnapshotUnit> eligibleInOrder = new ArrayList<>();
		for (SnapshotUnit u : snapshot.units()) {
			DrawExclusion why = exclusion(u, valid, recused);
			if (why != null) {
				excluded.merge(why, 1, Integer::sum);
			}
			else {
				eligibleInOrder.add(u);
			}
		}
		return new Eligibility(valid, recused, excluded, eligibleInOrder);
	}

	private static UnitSample sampleUnits(DrawParameters p, List<SnapshotUnit> eligibleInOrder, SplittableRandom random) {
		TreeMap<String, List<SnapshotUnit>> groups = new TreeMap<>();
		if (p.stageOneCount() != null) {
			eligibleInOrder.forEach(u -> groups.computeIfAbsent(u.groupCode(), g -> new ArrayList<>()).add(u));
		}
		List<String> drawnGroups = p.stageOneCount() == null ? List.of() : drawGroups(groups, p.stageOneCount(), random);
		Map<String, List<SnapshotUnit>> population = new LinkedHashMap<>();
		if (p.stageOneCount() == null) {
			population.put("", eligibleInOrder);
		}
		else {
			drawnGroups.forEach(g -> population.put(g, groups.get(g)));
		}
		int eligible = population.values().stream().mapToInt(List::size).sum();
		int n = sampleSize(p, eligible);
		Map<String, Integer> allocation = allocate(population, n);
		List<SnapshotUnit> drawn = new ArrayList<>(n);
		population.forEach((g, units) -> drawn.addAll(weightedSample(units, allocation.get(g), p.riskWeight(), random)));
		drawn.sort(DrawSnapshot.UNIT_ORDER);
		return new UnitSample(drawnGroups, drawn, eligible);
	}

	private static DrawExclusion exclusion(SnapshotUnit u, List<SnapshotInspector> valid, Map<String, Set<String>> recused) {
		if (u.exclusion() != null) {
			return DrawExclusion.valueOf(u.exclusion());
		}
		Set<String> r = recused.get(u.creditCode());
		if (r != null && valid.stream().filter(i -> !r.contains(i.username())).count() < 2) {
			return DrawExclusion.RECUSAL;
		}
		return null;
	}

	private static Map<String, Set<String>> recusalsByUnit(DrawSnapshot snapshot) {
		Map<String, Set<String>> map = new HashMap<>();
		snapshot.recusals().forEach(r -> map.computeIfAbsent(r.creditCode(), c -> new HashSet<>()).add(r.username()));
		return map;
	}

	private static List<String> drawGroups(TreeMap<String, List<SnapshotUnit>> groups, int k, SplittableRandom random) {
		if (k < 1) {
			throw new DrawException("第一阶段抽取的下级统计局数量必须大于0");
		}
		List<String> codes = new ArrayList<>(groups.keySet());
		int take = Math.min(k, codes.size());
		for (int i = 0; i < take; i++) {
			int j = i + random.nextInt(codes.size() - i);
			String t = codes.get(i);
			codes.set(i, codes.get(j));
			codes.set(j, t);
		}
		List<String> drawn = new ArrayList<>(codes.subList(0, take));
		drawn.sort(Comparator.naturalOrder());
		return drawn;
	}

	static int sampleSize(DrawParameters p, int eligible) {
		int n = p.sampleSize() != null ? p.sampleSize()
				: p.sampleRatio().multiply(BigDecimal.valueOf(eligible)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
		return Math.min(Math.max(n, 0), eligible);
	}

	/** Largest-remainder allocation of n over the groups in proportion to their sizes; ties by group order. */
	private static Map<String, Integer> allocate(Map<String, List<SnapshotUnit>> population, int n) {
		int total = population.values().stream().mapToInt(List::size).sum();
		Map<String, Integer> result = new LinkedHashMap<>();
		if (total == 0) {
			population.keySet().forEach(g -> result.put(g, 0));
			return result;
		}
		List<Map.Entry<String, Long>> remainders = new ArrayList<>();
		int given = 0;
		for (var e : population.entrySet()) {
			long scaled = (long) n * e.getValue().size();
			int base = (int) (scaled / total);
			result.put(e.getKey(), base);
			given += base;
			remainders.add(Map.entry(e.getKey(), scaled % total));
		}
		remainders.sort(Map.Entry.<String, Long>comparingByValue().reversed());
		for (int i = 0; given < n; i++, given++) {
			result.merge(remainders.get(i).getKey(), 1, Integer::sum);
		}
		return result;
	}

	private record Keyed(double key, SnapshotUnit unit) {
	}

	private static List<SnapshotUnit> weightedSample(List<SnapshotUnit> units, int m, int riskWeight,
			SplittableRandom random) {
		PriorityQueue<Keyed> best = new PriorityQueue<>(Math.max(1, m), Comparator.comparingDouble(Keyed::key));
		for (SnapshotUnit u : units) {
			double w = u.hasRisk() ? riskWeight : 1;
			double key = Math.log(1.0 - random.nextDouble()) / w;
			if (best.size() < m) {
				best.add(new Keyed(key, u));
			}
			else if (m > 0 && key > best.peek().key()) {
				best.poll();
				best.add(new Keyed(key, u));
			}
		}
		return best.stream().map(Keyed::unit).toList();
	}

	private static List<DrawnUnit> assignInspectors(List<SnapshotUnit> drawn, List<SnapshotInspector> valid,
			Map<String, Set<String>> recused, SplittableRandom random) {
		Map<String, Integer> load = new HashMap<>();
		valid.forEach(i -> load.put(i.username(), 0));
		List<DrawnUnit> result = new ArrayList<>(drawn.size());
		int position = 1;
		for (SnapshotUnit u : drawn) {
			Set<String> r = recused.getOrDefault(u.creditCode(), Set.of());
			record Candidate(String username, int load, long tie) {
			}
			List<Candidate> candidates = new ArrayList<>();
			for (SnapshotInspector i : valid) {
				long tie = random.nextLong();
				if (!r.contains(i.username())) {
					candidates.add(new Candidate(i.username(), load.get(i.username()), tie));
				}
			}
			candidates.sort(Comparator.comparingInt(Candidate::load).thenComparingLong(Candidate::tie));
			String a = candidates.get(0).username();
			String b = candidates.get(1).username();
			load.merge(a, 1, Integer::sum);
			load.merge(b, 1, Integer::sum);
			result.add(new DrawnUnit(position++, u.creditCode(), u.enterpriseId(), u.groupCode(), a, b));
		}
		return result;
	}

}
