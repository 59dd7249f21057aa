package cn.statenforce.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.statenforce.inspection.process.InspectionPlanProcess;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/**
 * Task lists: a task of a plan's process is about the plan (its type and title); a plan names no party, the
 * party column reads 检查计划. Reads the mapper directly, as {@link InspectionTaskSubjects} does.
 */
@Component
class InspectionPlanTaskSubjects implements TaskSubjects {

	private final InspectionPlanMapper plans;

	InspectionPlanTaskSubjects(InspectionPlanMapper plans) {
		this.plans = plans;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(InspectionPlanProcess.KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		return businessKeys.isEmpty() ? Map.of()
				: plans.selectPlansByNumbers(businessKeys).stream().collect(Collectors.toMap(InspectionPlan::planNumber,
						p -> new TaskSubject(p.planType().label() + "：" + p.title(), "检查计划",
								"/inspection/plans/" + p.id(), p.bureauId(), InspectionPlanService.SUBJECT, p.id())));
	}

	/** A plan has no party: a search by party name finds none. */
	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return List.of();
	}

}
