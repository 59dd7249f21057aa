package cn.statenforce.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** OpenAPI description of {@code /api/**} (UI at /swagger-ui.html). */
@Configuration
class OpenApiConfig {

	@Bean
	OpenAPI statEnforceApi() {
		return new OpenAPI()
			.info(new Info().title("StatEnforce API（统计执法与整改工作流）")
				.version("v1")
				.description("JSON REST API. Errors are RFC 7807 problem details with a Chinese detail."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("JWT").description("POST /api/auth/token (HTTP Basic once) gives the token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
