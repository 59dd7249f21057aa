package cn.statenforce.rectification.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.rectification.CorrectionService;
import cn.statenforce.rectification.Plan;
import cn.statenforce.rectification.RectificationService;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/** Task lists: a plan number is described by the plan title and the feedback body (or the enterprise). */
@Component
class RectificationTaskSubjects implements TaskSubjects {

	private final RectificationService plans;

	private final CorrectionService corrections;

	private final EnterpriseService enterprises;

	RectificationTaskSubjects(RectificationService plans, CorrectionService corrections, EnterpriseService enterprises) {
		this.plans = plans;
		this.corrections = corrections;
		this.enterprises = enterprises;
	}

	/** A measure's tasks (落实, 销号, 调整时限) answer the messages about the measure, not only the plan's. */
	@Override
	public Map<String, Long> messageSubjects(String taskDefinitionKey, Map<String, Object> variables) {
		return variables.get(RectificationProcess.VAR_MEASURE_ID) instanceof Number n
				? Map.of(cn.statenforce.rectification.MeasureService.SUBJECT_MEASURE, n.longValue()) : Map.of();
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(RectificationProcess.KEY, RectificationProcess.CORRECTION_KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		return plans.plansByNumbers(businessKeys).stream().collect(Collectors.toMap(Plan::planNumber, this::subject));
	}

	private TaskSubject subject(Plan p) {
		String party = p.isCorrection()
				? enterprises.getUnchecked(corrections.correctionUnchecked(p.id()).enterpriseId()).name()
				: p.sourceBody();
		return new TaskSubject(p.title(), party, "/rectification/plans/" + p.id(), p.bureauId(),
				RectificationService.SUBJECT_PLAN, p.id());
	}

	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		List<Long> ids = enterprises.idsByName(bureauIds, text, 200);
		List<String> keys = new java.util.ArrayList<>(corrections.correctionNumbersByEnterprises(bureauIds, ids));
		keys.addAll(plans.planNumbersByText(bureauIds, text));
		return keys.stream().distinct().toList();
	}

}
