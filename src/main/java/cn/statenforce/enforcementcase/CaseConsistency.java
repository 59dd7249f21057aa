package cn.statenforce.enforcementcase;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.enforcementcase.process.CaseEngineState;
import cn.statenforce.enforcementcase.process.EnforcementCaseProcess;
import cn.statenforce.workbench.ProcessModels;

/**
 * The consistency check of issue 16: the case's status (the legal record) against its process instance (the
 * schedule). A case that is finished has no running instance; every other case has exactly its own running
 * instance, and a case in one of the early statuses waits at that status's step (unless a background step of the
 * instance is pending, when the status may lawfully be one step ahead). A running instance without a case is a
 * mismatch too. Read-only: it reports, it never repairs.
 */
@Service
public class CaseConsistency {

	/** Statuses whose process has ended (不予立案, 已归档). */
	static final Set<CaseStatus> FINISHED = EnumSet.of(CaseStatus.NOT_FILED, CaseStatus.ARCHIVED);

	/** The user task an instance waits at in each status whose step is unambiguous. */
	static final Map<CaseStatus, Set<String>> WAITS_AT = Map.of(
			CaseStatus.LEAD, Set.of(EnforcementCaseProcess.TASK_ASSESS_LEAD),
			CaseStatus.NOT_FILING_PROPOSED, Set.of(EnforcementCaseProcess.TASK_APPROVE_NOT_FILING),
			CaseStatus.FILING_PROPOSED, Set.of(EnforcementCaseProcess.TASK_APPROVE_FILING),
			CaseStatus.SUMMARY, Set.of(EnforcementCaseProcess.TASK_SUMMARY_DECISION),
			CaseStatus.INVESTIGATING, Set.of(EnforcementCaseProcess.TASK_INVESTIGATE));

	/** What the check reads of a case. */
	public record CaseState(long id, long bureauId, String leadNumber, String caseCode, String caseNumber,
			String processInstanceId, CaseStatus status) {

		String number() {
			return caseNumber != null ? caseNumber : leadNumber;
		}

		/** As {@link EnforcementCase#businessKey()}: the ASCII case code once filed, else the lead number. */
		String businessKey() {
			return caseCode != null ? caseCode : leadNumber;
		}

	}

	/** One disagreement, in Chinese for the ADMIN page and the command's output. */
	public record Mismatch(Long caseId, Long bureauId, String number, String statusLabel, String engineState,
			String problem) {

		@Override
		public String toString() {
			return number + "（" + statusLabel + "）：" + problem + "；流程：" + engineState;
		}

	}

	/** The result: how many cases and instances were compared, and what disagrees. */
	public record Report(int casesChecked, int instancesChecked, List<Mismatch> mismatches) {

		public boolean consistent() {
			return mismatches.isEmpty();
		}

	}

	private final EnforcementCaseMapper mapper;

	private final CaseEngineState engine;

	private final ProcessModels models;

	CaseConsistency(EnforcementCaseMapper mapper, CaseEngineState engine, ProcessModels models) {
		this.models = models;
		this.mapper = mapper;
		this.engine = engine;
	}

	/**
	 * Compares the cases of one bureau ({@code bureauId}), or of the whole installation when it is null; only the
	 * whole-installation check reports instances without a case (their bureau is unknown).
	 */
	@Transactional(readOnly = true)
	public Report check(Long bureauId) {
		List<CaseState> cases = mapper.selectStatesForConsistency(bureauId);
		Map<String, String> running = engine.runningInstances();
		Set<String> withPendingStep = engine.withPendingStep();
		List<Mismatch> mismatches = new ArrayList<>();
		Set<String> claimed = new HashSet<>();
		for (CaseState c : cases) {
			String pi = c.processInstanceId() == null || !running.containsKey(c.processInstanceId()) ? null
					: c.processInstanceId();
			if (pi != null) {
				claimed.add(pi);
			}
			String label = c.status().label();
			if (FINISHED.contains(c.status())) {
				if (pi != null) {
					mismatches.add(mismatch(c, describe(pi), "案件" + label + "，流程仍在运行"));
				}
				continue;
			}
			if (pi == null) {
				mismatches.add(mismatch(c, "无运行中的流程", "案件尚未办结，流程不存在或已结束"));
				continue;
			}
			if (!c.businessKey().equals(running.get(pi))) {
				mismatches.add(mismatch(c, describe(pi), "流程的业务编号与案件编号不符"));
				continue;
			}
			Set<String> expected = WAITS_AT.get(c.status());
			if (expected != null && !withPendingStep.contains(pi)) {
				List<String> active = engine.activeActivityIds(pi);
				if (active.stream().noneMatch(expected::contains)) {
					mismatches.add(mismatch(c, describe(pi), "案件状态为「" + label + "」，流程未停在「"
							+ models.latestElementName(EnforcementCaseProcess.KEY, expected.iterator().next()) + "」"));
				}
			}
		}
		if (bureauId == null) {
			for (Map.Entry<String, String> pi : running.entrySet()) {
				if (!claimed.contains(pi.getKey())) {
					mismatches.add(new Mismatch(null, null, pi.getValue(), "（无案件记录）", describe(pi.getKey()),
							"流程在运行，但没有对应的案件记录"));
				}
			}
		}
		return new Report(cases.size(), running.size(), List.copyOf(mismatches));
	}

	private static Mismatch mismatch(CaseState c, String engineState, String problem) {
		return new Mismatch(c.id(), c.bureauId(), c.number(), c.status().label(), engineState, problem);
	}

	private String describe(String processInstanceId) {
		List<String> names = engine.activeActivityIds(processInstanceId)
			.stream()
			.map(id -> models.latestElementName(EnforcementCaseProcess.KEY, id))
			.filter(name -> !name.startsWith("Task_") && !name.startsWith("Event_") && !name.startsWith("Gateway_"))
			.distinct()
			.toList();
		return names.isEmpty() ? "运行中" : "停在 " + String.join("、", names);
	}

}
