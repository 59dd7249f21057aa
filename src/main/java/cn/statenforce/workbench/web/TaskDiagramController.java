package cn.statenforce.workbench.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.workbench.ProcessDiagrams;

/**
 * The process diagram on the task page (workbench/task-diagram.html): the BPMN of the deployed definition the
 * task's instance runs on and where the instance stands, for a user who may see the task (404 otherwise, as the
 * task page itself).
 */
@RestController
class TaskDiagramController {

	private final ProcessDiagrams diagrams;

	TaskDiagramController(ProcessDiagrams diagrams) {
		this.diagrams = diagrams;
	}

	@GetMapping("/tasks/{taskId}/diagram.bpmn")
	ResponseEntity<String> xml(@PathVariable String taskId) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(diagrams.bpmnXmlForTask(CurrentUsers.get(), taskId));
	}

	@GetMapping("/tasks/{taskId}/diagram/state")
	ResponseEntity<ProcessDiagrams.State> state(@PathVariable String taskId) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(diagrams.forTask(CurrentUsers.get(), taskId));
	}

}
