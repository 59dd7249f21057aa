package cn.statenforce.rectification.process;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

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

	private final RectificationProperties properties;

	RectificationAssignees(RectificationService plans, MeasureService measures, CorrectionService corrections,
			RectificationProperties properties) {
		this.plans = plans;
		this.measures = measures;
		this.corrections = corrections;
		this.properties = properties;
	}

	/** The measures to work: all at publication, the reopened ones after a look-back. */
	public List<Long> workableMeasureIds(long planId) {
		return measures.workableMeasureIds(planId);
	}

	public String owner(long measureId) {
		return measures.measureUnchecked(measureId).ownerUsername();
	}

	public String leader(long measureId) {
		return measures.measureUnchecked(measureId).leaderUsername();
	}

	public Date measureDue(long measureId) {
		return at(measures.measureUnchecked(measureId).deadline().atTime(23, 59, 59));
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
		return Date.from(t.atZone(AppClock.ZONE).toInstant());
	}

}
