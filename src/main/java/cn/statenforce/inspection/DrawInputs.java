package cn.statenforce.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

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

	private final InspectionPlanMapper mapper;

	private final DirectoryPopulation population;

	private final BureauService bureaus;

	private final InspectionRegisters registers;

	private final OpenCases openCases;

	private final InspectionProperties properties;

	DrawInputs(InspectionPlanMapper mapper, DirectoryPopulation population, BureauService bureaus, InspectionRegisters registers, OpenCases openCases,
			InspectionProperties properties) {
		this.mapper = mapper;
		this.population = population;
		this.bureaus = bureaus;
		this.registers = registers;
		this.openCases = openCases;
		this.properties = properties;
	}

	DrawSnapshot snapshot(InspectionPlan plan) {
		return sealing(plan).snapshot();
	}

	/**
	 * The snapshot with its seal started while the directory is read: everything small (exclusion sets,
	 * inspectors, recusals) is read first, so each unit's canonical line can be hashed and compressed as soon
	 * as its row arrives in credit-code order.
	 */
	SnapshotStream.Sealing sealing(InspectionPlan plan) {
		Bureau own = bureaus.bureau(plan.bureauId());
		List<Long> scope = bureaus.bureaus().stream().filter(own::isAncestorOrSelf).map(Bureau::id).toList();
		LocalDate since = AppClock.today().minusMonths(properties.cleanExclusionMonths());
		Set<Long> clean = new HashSet<>(mapper.selectCleanSince(own.id(), since));
		Set<Long> underInspection = new HashSet<>(mapper.selectUnderInspection(own.id()));
		Set<Long> open = openCases.enterpriseIds();
		List<SnapshotInspector> inspectors = registers.inspectors(own.id())
			.stream()
			.filter(Inspector::enabled)
			.map(i -> new SnapshotInspector(i.username(), i.certNumber(), i.certValidFrom(), i.certValidTo()))
			.toList();
		List<DrawSnapshot.Recusal> recusals = inspectors.isEmpty() ? List.of()
				: mapper.selectRecusals(inspectors.stream().map(SnapshotInspector::username).toList());
		try (SnapshotStream stream = new SnapshotStream(inspectors, recusals)) {
			population.read(scope, plan, r -> stream.add(new SnapshotUnit(r.creditCode(), r.id(), r.groupCode(),
					r.riskTags(), exclusion(r, own.id(), since, clean, underInspection, open))));
			return stream.finish();
		}
	}

	private static String exclusion(DirectoryPopulation.Unit r, long bureauId, LocalDate since,
			Set<Long> clean, Set<Long> underInspection, Set<Long> open) {
		if (open.contains(r.id())) {
			return DrawExclusion.OPEN_CASE.name();
		}
		if (underInspection.contains(r.id())) {
			return DrawExclusion.IN_INSPECTION.name();
		}
		boolean cleanInDirectory = r.bureauId() == bureauId && CLEAN_RESULT.equals(r.lastInspectionResult())
				&& r.lastInspectedOn() != null && !r.lastInspectedOn().isBefore(since);
		return clean.contains(r.id()) || cleanInDirectory ? DrawExclusion.CLEAN_RECENTLY.name() : null;
	}

}
