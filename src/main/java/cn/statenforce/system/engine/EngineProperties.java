package cn.statenforce.system.engine;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Engine hardening settings.
 *
 * @param extraExpressionBeans beans exposed to expressions in addition to those the models in
 *        {@code processes/} reference (for models that tests deploy; empty in production)
 */
@ConfigurationProperties("statenforce.engine")
public record EngineProperties(List<String> extraExpressionBeans) {

	public EngineProperties {
		extraExpressionBeans = extraExpressionBeans == null ? List.of() : List.copyOf(extraExpressionBeans);
	}

}
