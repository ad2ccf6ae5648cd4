package org.strategylifecycle.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategylifecycle.support.web.ApiDocs;

/** The OpenAPI description served at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI commandApi() {
        return ApiDocs.describe("Strategy lifecycle: command API", """
                Records the lifecycle of strategic plans: editions and their lines, goals, \
                objectives, initiatives, outcomes, measures, alignments and lineage. Every \
                command answers {id, version} with ETag "<version>"; send If-Match to refuse \
                a stale change (412) and Idempotency-Key to make a retry safe. Refusals are \
                RFC 9457 problem details with an error code. Editors and admins may send \
                commands.""");
    }
}
