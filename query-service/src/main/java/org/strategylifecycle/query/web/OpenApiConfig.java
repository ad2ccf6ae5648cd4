package org.strategylifecycle.query.web;

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
    OpenAPI queryApi() {
        return new OpenAPI()
                .info(new Info().title("Strategy lifecycle: query API").version("1")
                        .description("""
                                Reads the lifecycle of strategic plans: editions now, as of an effective date \
                                (asOf) and as known at a recorded time (knownAt), their revision history, \
                                measures, diffs, lines, alignments and lineage, and live changes. Every answer \
                                states its freshness (position); minVersion waits, bounded, for a command's \
                                own write. Refusals are RFC 9457 problem details with an error code. Every role \
                                reads plans; the history (/api/history, /api/activity, an edition's history \
                                and change stream) is for auditors and admins; /api/admin for admins."""))
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
