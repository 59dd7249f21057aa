package cn.statenforce.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.shared.AppClock;

/**
 * Freezes what a draw reads into a {@link DrawSnapshot}: the units in the plan's scope (a county reads its
 * own directory; an upper bureau the directories of itself and every bureau below it, grouped by bureau),
 * each marked with its exclusion, the bureau's inspectors and their recusals.
 */
@Component
class DrawInputs {

	/** The result of {@code enterprise.last_inspection_result} that counts as "found without problems". */
	static final String CLEAN_RESULT = InspectionResult.NO_PROBLEM.label();

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DrawInputs.class);

	private final InspectionPlanMapper mapper;

	private final DirectoryPopulation population;

	private final BureauService bureaus;

	private final InspectionRegisters registers;

	/** the enforcement case capability: which units have an open case (在办案件) */
	private final CaseQueryService cases;

	private final InspectionProperties properties;

	DrawInputs(InspectionPlanMapper mapper, DirectoryPopulation population, BureauService bureaus, InspectionRegisters registers, CaseQueryService cases,
			InspectionProperties properties) {
		this.mapper = mapper;
		this.population = population;
		this.bureaus = bureaus;
		this.registers = registers;
		this.cases = cases;
		this.properties = properties;
	}

	/** The snapshot alone (its seal is computed on the sealing thread and dropped). */
	DrawSnapshot snapshot(InspectionPlan plan) {
		return sealing(plan).snapshot();
	}

	/**
	 * The snapshot with its seal started while the directory is read: everything small (exclusion sets,
	 * inspectors, recusals) is read first, so each unit's canonical line can be hashed and compressed as soon
	 * as its row arrives in credit-code order.
	 */
	SnapshotStream.Sealing sealing(InspectionPlan plan) {
		long t0 = System.nanoTime();
		Bureau own = bureaus.bureau(plan.bureauId());
		List<Long> scope = bureaus.bureaus().stream().filter(own::isAncestorOrSelf).map(Bureau::id).toList();
		LocalDate since = AppClock.today().minusMonths(properties.cleanExclusionMonths());
		Map<Long, String> excluded = excluded(own.id(), since);
		List<SnapshotInspector> inspectors = inspectors(own.id());
		List<DrawSnapshot.Recusal> recusals = inspectors.isEmpty() ? List.of()
				: mapper.selectRecusals(inspectors.stream().map(SnapshotInspector::username).toList());
		long t1 = System.nanoTime();
		// a 重点检查 reads only the units it names, and a recent clean result does not spare them: they were chosen
		List<Long> named = plan.targeted() ? mapper.selectPlanTargets(plan.id()).stream().map(PlanTarget::enterpriseId).toList()
				: null;
		if (named != null) {
			excluded.values().removeIf(DrawExclusion.CLEAN_RECENTLY.name()::equals);
		}
		try (SnapshotStream stream = new SnapshotStream(inspectors, recusals)) {
			population.read(scope, plan, named, r -> stream.add(new SnapshotUnit(r.creditCode(), r.id(), r.groupCode(),
					r.riskTags(), named != null ? excluded.get(r.id()) : exclusion(r, own.id(), since, excluded))));
			SnapshotStream.Sealing sealing = stream.finish();
			LOG.debug("snapshot of plan {}: small queries {} ms, first row after {} ms, all rows after {} ms ({} ms of it "
					+ "waiting for the sealing thread)", plan.planNumber(), ms(t0, t1),
					stream.firstUnitNanos() == 0 ? 0 : ms(t1, stream.firstUnitNanos()), ms(t1, System.nanoTime()),
					stream.waitedMillis());
			return sealing;
		}
	}

	private List<SnapshotInspector> inspectors(long bureauId) {
		return registers.inspectors(bureauId)
			.stream()
			.filter(Inspector::enabled)
			.map(i -> new SnapshotInspector(i.username(), i.certNumber(), i.certValidFrom(), i.certValidTo()))
			.toList();
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/**
	 * The units excluded by inspections and cases, with the reason that takes precedence: an open case, then
	 * an inspection under way, then a recent clean inspection. One lookup per directory row.
	 */
	private Map<Long, String> excluded(long bureauId, LocalDate since) {
		Map<Long, String> excluded = new HashMap<>();
		mapper.selectCleanSince(bureauId, since).forEach(id -> excluded.put(id, DrawExclusion.CLEAN_RECENTLY.name()));
		mapper.selectUnderInspection(bureauId).forEach(id -> excluded.put(id, DrawExclusion.IN_INSPECTION.name()));
		cases.enterprisesWithOpenCases().forEach(id -> excluded.put(id, DrawExclusion.OPEN_CASE.name()));
		return excluded;
	}

	private static String exclusion(DirectoryPopulation.Unit r, long bureauId, LocalDate since,
			Map<Long, String> excluded) {
		String why = excluded.isEmpty() ? null : excluded.get(r.id());
		if (why != null) {
			return why;
		}
		boolean cleanInDirectory = r.bureauId() == bureauId && CLEAN_RESULT.equals(r.lastInspectionResult())
				&& r.lastInspectedOn() != null && !r.lastInspectedOn().isBefore(since);
		return cleanInDirectory ? DrawExclusion.CLEAN_RECENTLY.name() : null;
	}

}
