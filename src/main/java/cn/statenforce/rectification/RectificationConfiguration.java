package cn.statenforce.rectification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.statenforce.shared.handover.CorrectionOutcomeListener;

/** Wiring that is not a plain component: the outcome dispatcher over whatever listeners are installed. */
@Configuration
class RectificationConfiguration {

	@Bean
	CorrectionOutcomeDispatcher correctionOutcomeDispatcher(ObjectProvider<CorrectionOutcomeListener> listeners) {
		return new CorrectionOutcomeDispatcher(() -> listeners.orderedStream().toList());
	}

}
