package org.strategylifecycle.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info().title("Strategy lifecycle: command API").version("1")
                        .description("""
                                Records the lifecycle of strategic plans: editions and their lines, goals, \
                                objectives, initiatives, outcomes, measures, alignments and lineage. Every \
                                command answers {id, version} with ETag "<version>"; send If-Match to refuse \
                                a stale change (412) and Idempotency-Key to make a retry safe. Refusals are \
                                RFC 9457 problem details with an error code. Editors and admins may send \
                                commands."""))
                .components(new Components()
                        .addSecuritySchemes("basicAuth", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local demo users editor, auditor, viewer, admin; password = user name"))
                        .addSecuritySchemes("bearerAuth", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("Under the prod profile: a JWT from the identity provider")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
    }
}
