package cn.statenforce.rectification.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The models open in Camunda Modeler (a shape or edge for every element), keep history TTL and run service tasks async. */
class RectificationModelTest {

	@ParameterizedTest
	@ValueSource(strings = { "rectification", "correction-recheck" })
	void shouldKeepDiagramInterchangeAndEngineSettings(String key) {
		BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + key + ".bpmn"));
		Process process = model.getModelElementById(key);
		assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();

		Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
			.map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
		drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
			.map(e -> ((BaseElement) e.getBpmnElement()).getId()).collect(Collectors.toSet()));
		Set<String> elements = model.getModelElementsByType(FlowElement.class).stream()
			.map(FlowElement::getId).collect(Collectors.toSet());
		assertThat(drawn).containsAll(elements);

		model.getModelElementsByType(ServiceTask.class)
			.forEach(t -> assertThat(t.isCamundaAsyncBefore()).as(t.getId()).isTrue());
	}

}
