package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in processes/ is what Camunda Modeler can open and the engine will deploy: diagram
 * interchange for every element, a history time to live, file name = id, Spring-bean delegates.
 */
class ProcessModelsTest {

	static Stream<Path> bpmnFiles() throws IOException {
		return files(".bpmn");
	}

	static Stream<Path> dmnFiles() throws IOException {
		return files(".dmn");
	}

	@ParameterizedTest
	@MethodSource("bpmnFiles")
	void bpmnHasDiagramForEveryElement(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
			.map(s -> ((BaseElement) s.getBpmnElement()).getId())
			.toList();
		List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
			.map(e -> ((BaseElement) e.getBpmnElement()).getId())
			.toList();
		List<String> missing = new ArrayList<>();
		model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).filter(id -> !shapes.contains(id)).forEach(missing::add);
		model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).filter(id -> !edges.contains(id)).forEach(missing::add);
		assertThat(missing).as("elements without diagram interchange in %s", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("bpmnFiles")
	void bpmnProcessesHaveTtlAndMatchTheirFileName(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		List<Process> executable = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
		assertThat(executable).isNotEmpty();
		assertThat(executable).allSatisfy(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank());
		assertThat(executable).extracting(Process::getId).contains(file.getFileName().toString().replace(".bpmn", ""));
		String xml = readString(file);
		assertThat(xml).as("delegates are Spring beans, not classes").doesNotContain("camunda:class=");
	}

	@ParameterizedTest
	@MethodSource("dmnFiles")
	void dmnDecisionsHaveTtlAndDiagram(Path file) {
		DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
		assertThat(model.getModelElementsByType(Decision.class)).isNotEmpty()
			.allSatisfy(d -> assertThat(d.getCamundaHistoryTimeToLiveString()).isNotBlank());
		assertThat(readString(file)).contains("dmndi:DMNDiagram");
	}

	private static Stream<Path> files(String suffix) throws IOException {
		try (Stream<Path> s = Files.walk(Path.of("processes"))) {
			return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
		}
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
