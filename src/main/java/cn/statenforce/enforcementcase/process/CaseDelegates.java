package cn.statenforce.enforcementcase.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.enforcementcase.EnforcementCase;
import cn.statenforce.enforcementcase.EnforcementCaseService;
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
	JavaDelegate checkLimitationDelegate(EnforcementCaseService cases) {
		return e -> e.setVariable(VAR_TIME_BARRED, cases.checkLimitation(caseId(e)));
	}

	@Bean
	JavaDelegate fileCaseDelegate(EnforcementCaseService cases) {
		return e -> e.setProcessBusinessKey(cases.fileCase(caseId(e)));
	}

	@Bean
	JavaDelegate fileSummaryDecisionDelegate(EnforcementCaseService cases) {
		return e -> cases.fileSummaryDecision(caseId(e));
	}

	@Bean
	JavaDelegate recommendDiscretionDelegate(EnforcementCaseService cases) {
		return e -> cases.recommend(caseId(e));
	}

	@Bean
	JavaDelegate determineGatesDelegate(EnforcementCaseService cases) {
		return e -> e.setVariables(cases.determineGates(caseId(e)));
	}

	@Bean
	JavaDelegate issueDecisionDelegate(EnforcementCaseService cases) {
		return e -> cases.issueDecision(caseId(e));
	}

	@Bean
	JavaDelegate checkCaseClockDelegate(EnforcementCaseService cases) {
		return e -> e.setVariableLocal(VAR_ESCALATE, cases.checkClock(caseId(e)));
	}

	/**
	 * Opens the correction item with the rectification capability when its {@link CorrectionTracking} bean is
	 * present; the re-check stays a user task of this process either way (completed by an inspector, or by the
	 * rectification capability through {@code CorrectionOutcomeListener}).
	 */
	@Bean
	JavaDelegate openCorrectionDelegate(EnforcementCaseService cases, ObjectProvider<CorrectionTracking> tracking) {
		return e -> {
			long id = caseId(e);
			EnforcementCase c = cases.getUnchecked(id);
			CorrectionTracking t = tracking.getIfAvailable();
			Long correctionId = null;
			if (t != null) {
				var inspectors = cases.inspectors(id).stream().filter(i -> !i.recused()).map(i -> i.username()).toList();
				correctionId = t.openCorrection(new CorrectionOrder(c.getBureauId(), SUBJECT_TYPE, id, c.businessKey(),
						c.getEnterpriseId(), c.getCause(), c.getCorrectionMeasure(), c.getCorrectionDeadline(), inspectors))
					.id();
			}
			cases.correctionTracked(id, correctionId);
		};
	}

}
