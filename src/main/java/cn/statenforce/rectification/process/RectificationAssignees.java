package cn.statenforce.rectification.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.statenforce.rectification.AmendmentService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.MeasureService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationProperties;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.shared.AppClock;

/**
 * Expressions of the rectification models ({@code ${rectificationAssignees...}}): who works which task, the
 * measures to run, and the dates of due dates and timers, read from the domain tables so that the engine holds
 * only ids.
 */
@Component("rectificationAssignees")
public class RectificationAssignees {

	private final RectificationService plans;

	private final MeasureService measures;

	private final CorrectionService corrections;

	private final AmendmentService amendments;

	private final RectificationProperties properties;

	RectificationAssignees(RectificationService plans, MeasureService measures, CorrectionService corrections,
			AmendmentService amendments, RectificationProperties properties) {
		this.plans = plans;
		this.measures = measures;
		this.corrections = corrections;
		this.amendments = amendments;
		this.properties = properties;
	}

	/** The measures to work: all at publication, the reopened ones after a look-back. */
	public List<Long> workableMeasureIds(long planId) {
		return measures.workableMeasureIds(planId);
	}

	/** The one person who works the measure (its unit's only login, or the coordinator), else null. */
	public String worker(long measureId) {
		return single(measures.workers(measureId));
	}

	/** The people the measure's work is offered to when its unit has several logins. */
	public List<String> workerCandidates(long measureId) {
		return several(measures.workers(measureId));
	}

	public String signOffApprover(long measureId) {
		return single(measures.signOffApprovers(measureId));
	}

	public List<String> signOffCandidates(long measureId) {
		return several(measures.signOffApprovers(measureId));
	}

	public String changeApprover(long measureId) {
		return single(measures.deadlineChangeApprovers(measureId));
	}

	public List<String> changeCandidates(long measureId) {
		return several(measures.deadlineChangeApprovers(measureId));
	}

	public String amendmentApprover(long amendmentId) {
		return single(amendments.approvers(amendmentId));
	}

	public List<String> amendmentCandidates(long amendmentId) {
		return several(amendments.approvers(amendmentId));
	}

	/**
	 * Instances started on the earlier version of {@code rectification.bpmn} still name {@code owner(measureId)} and
	 * {@code leader(measureId)} as assignees: the first person who now works or signs off the measure.
	 */
	public String owner(long measureId) {
		return measures.workers(measureId).stream().findFirst().orElse(null);
	}

	public String leader(long measureId) {
		return measures.signOffApprovers(measureId).stream().findFirst().orElse(null);
	}

	/** End of the deadline day; none for a long-term measure. */
	public Date measureDue(long measureId) {
		LocalDate d = measures.measureUnchecked(measureId).deadline();
		return d == null ? null : at(d.atTime(23, 59, 59));
	}

	private static String single(List<String> people) {
		return people.size() == 1 ? people.get(0) : null;
	}

	private static List<String> several(List<String> people) {
		return people.size() > 1 ? people : List.of();
	}

	public String checkCycle() {
		return properties.deadlineCheckCycle();
	}

	public String planLeader(long planId) {
		return plan(planId).planLeader();
	}

	public Date reportDue(long planId) {
		return at(plan(planId).reportDue().atTime(23, 59, 59));
	}

	/** The look-back is due at the start of its day. */
	public Date lookBackAt(long planId) {
		Plan p = plan(planId);
		return at(p.lookBackDue() == null ? AppClock.now() : p.lookBackDue().atTime(LocalTime.of(8, 0)));
	}

	/** Long-term mechanisms still under periodic review keep the process open after the look-back. */
	public boolean hasActiveMechanisms(long planId) {
		return plans.nextMechanismReview(planId) != null;
	}

	/** The earliest next review of the plan's active mechanisms, at the start of its day. */
	public Date nextMechanismReview(long planId) {
		return at(plans.nextMechanismReview(planId).atTime(LocalTime.of(8, 0)));
	}

	/** The named inspectors who can still re-check (see {@link CorrectionService#recheckCandidates}). */
	public List<String> recheckInspectors(long planId) {
		return corrections.recheckCandidates(planId);
	}

	/** The bureau's inspector group when fewer than two named inspectors can re-check; otherwise none. */
	public List<String> recheckGroups(long planId) {
		return corrections.recheckGroups(planId);
	}

	public Date recheckDue(long planId) {
		return at(corrections.correctionUnchecked(planId).recheckDue().atTime(23, 59, 59));
	}

	private Plan plan(long planId) {
		return plans.planUnchecked(planId);
	}

	private static Date at(LocalDateTime t) {
		return AppClock.toDate(t);
	}

}
