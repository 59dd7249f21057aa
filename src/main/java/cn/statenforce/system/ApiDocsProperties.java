package cn.statenforce.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code statenforce.api-docs.open}: whether the OpenAPI description ({@code /v3/api-docs}) and Swagger UI are
 * readable without signing in. True for the embedded demo; the {@code mysql} profile (an installation) sets it false,
 * so they ask for a login like every page — the description maps every endpoint an attacker would try.
 */
@ConfigurationProperties("statenforce.api-docs")
public record ApiDocsProperties(@DefaultValue("true") boolean open) {
}
