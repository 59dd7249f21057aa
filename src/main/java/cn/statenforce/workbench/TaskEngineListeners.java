package cn.statenforce.workbench;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.AppClock;

/**
 * The workbench's global engine listeners, added by the engine to every user task and process of every model (a
 * parse listener, so the models name no bean for them): a task created or assigned goes to the assignee's proxy
 * ({@link TaskProxies#route}); a task done or deleted clears its messages ({@link TaskMessages}); a process started by a
 * signed-in user is recorded for 我发起. The services are looked up when the engine calls, after the start.
 */
@Component
class TaskEngineListeners extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskProxies> proxies;

	private final ObjectProvider<TaskVerbMapper> mapper;

	private final ObjectProvider<TaskMessages> messages;

	TaskEngineListeners(ObjectProvider<TaskProxies> proxies, ObjectProvider<TaskVerbMapper> mapper,
			ObjectProvider<TaskMessages> messages) {
		this.messages = messages;
		this.proxies = proxies;
		this.mapper = mapper;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new Parse());
	}

	private final TaskListener onCreate = task -> route(task, true);

	private final TaskListener onAssignment = task -> route(task, false);

	private void route(DelegateTask task, boolean created) {
		proxies.getObject().route(task, created);
	}

	private final TaskListener onDone = this::clearMessages;

	private final ExecutionListener onStart = this::recordStart;

	private void clearMessages(DelegateTask task) {
		messages.getObject().taskEnded(task);
	}

	private void recordStart(DelegateExecution execution) {
		if (!(execution instanceof ExecutionEntity e) || !e.isProcessInstanceExecution()) {
			return;
		}
		CurrentUsers.find().ifPresent(u -> mapper.getObject().insertProcessStart(e.getProcessInstanceId(),
				e.getProcessDefinition().getKey(), e.getBusinessKey(), u.username(), AppClock.now()));
	}

	private final class Parse extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior b) {
				b.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
				b.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, onAssignment);
				b.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, onDone);
				b.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_DELETE, onDone);
			}
		}

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
			processDefinition.addListener(ExecutionListener.EVENTNAME_START, onStart);
		}

	}

}
