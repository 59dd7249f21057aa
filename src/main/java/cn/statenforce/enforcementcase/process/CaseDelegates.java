package cn.statenforce.enforcementcase.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.enforcementcase.CaseClockService;
import cn.statenforce.enforcementcase.CaseClosureService;
import cn.statenforce.enforcementcase.CaseDecisionService;
import cn.statenforce.enforcementcase.CaseIntakeService;
import cn.statenforce.enforcementcase.CaseInvestigationService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.enforcementcase.CaseSummaryService;
import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.shared.handover.CorrectionOrder;
import cn.statenforce.shared.handover.CorrectionTracking;

import static cn.statenforce.enforcementcase.process.EnforcementCaseProcess.*;

/**
 * The service tasks of enforcement-case.bpmn, one thin delegate each (bean name = delegateExpression): read
 * the case id, call one service method, set the routing flag.
 */
@Configuration
class CaseDelegates {

	private static long caseId(DelegateExecution e) {
		return ((Number) e.getVariable(VAR_CASE_ID)).longValue();
	}

	@Bean
	JavaDelegate checkLimitationDelegate(CaseIntakeService intake) {
		return e -> e.setVariable(VAR_TIME_BARRED, intake.checkLimitation(caseId(e)));
	}

	@Bean
	JavaDelegate fileCaseDelegate(CaseIntakeService intake) {
		return e -> e.setProcessBusinessKey(intake.fileCase(caseId(e)));
	}

	@Bean
	JavaDelegate fileSummaryDecisionDelegate(CaseSummaryService summary) {
		return e -> summary.fileSummaryDecision(caseId(e));
	}

	@Bean
	JavaDelegate recommendDiscretionDelegate(CaseInvestigationService investigation) {
		return e -> investigation.recommend(caseId(e));
	}

	@Bean
	JavaDelegate determineGatesDelegate(CaseDecisionService decisions) {
		return e -> e.setVariables(decisions.determineGates(caseId(e)));
	}

	@Bean
	JavaDelegate issueDecisionDelegate(CaseDecisionService decisions) {
		return e -> decisions.issueDecision(caseId(e));
	}

	@Bean
	JavaDelegate checkCaseClockDelegate(CaseClockService clock) {
		return e -> e.setVariableLocal(VAR_ESCALATE, clock.checkClock(caseId(e)));
	}

	/**
	 * 责令改正: opens the correction item (a one-item rectification) through {@link CorrectionTracking}; the
	 * named inspectors re-check it there and the result comes back through {@code CorrectionOutcomeListener}
	 * to {@code Event_CorrectionRechecked}, where this process waits.
	 */
	@Bean
	JavaDelegate openCorrectionDelegate(CaseQueryService queries, CaseClosureService closure, CorrectionTracking tracking) {
		return e -> {
			long id = caseId(e);
			EnforcementCase c = queries.getUnchecked(id);
			var inspectors = queries.inspectors(id).stream().filter(i -> !i.recused()).map(i -> i.username()).toList();
			long correctionId = tracking.openCorrection(new CorrectionOrder(c.getBureauId(), SUBJECT_TYPE, id, c.businessKey(),
					c.getEnterpriseId(), c.getCause(), c.getCorrectionMeasure(), c.getCorrectionDeadline(), inspectors))
				.id();
			closure.correctionTracked(id, correctionId);
		};
	}

}
