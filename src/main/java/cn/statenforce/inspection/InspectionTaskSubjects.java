package cn.statenforce.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.statenforce.inspection.process.InspectionProcess;
import cn.statenforce.workbench.TaskSubject;
import cn.statenforce.workbench.TaskSubjects;

/**
 * Task lists: an inspection task is about its plan and its unit (names live only in domain tables). Reads
 * the mapper directly: the task inbox, which the inspection service uses, depends on this bean.
 */
@Component
class InspectionTaskSubjects implements TaskSubjects {

	private final InspectionMapper inspections;

	InspectionTaskSubjects(InspectionMapper inspections) {
		this.inspections = inspections;
	}

	@Override
	public Collection<String> processKeys() {
		return List.of(InspectionProcess.KEY);
	}

	@Override
	public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
		return businessKeys.isEmpty() ? Map.of() : inspections.selectByNumbers(businessKeys).stream().collect(Collectors.toMap(Inspection::inspectionNumber,
				i -> new TaskSubject(i.planType().label() + "：" + i.planTitle(), i.enterpriseName(),
						"/inspection/inspections/" + i.id(), i.bureauId(), InspectionService.SUBJECT, i.id())));
	}

	@Override
	public List<String> businessKeysByPartyName(List<Long> bureauIds, String text) {
		return bureauIds.isEmpty() ? List.of() : inspections.selectNumbersByPartyName(bureauIds, text, 200);
	}

}
