package org.strategylifecycle.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategylifecycle.support.web.ApiDocs;

/** The OpenAPI description served at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI queryApi() {
        return ApiDocs.describe("Strategy lifecycle: query API", """
                Reads the lifecycle of strategic plans: editions now, as of an effective date \
                (asOf) and as known at a recorded time (knownAt), their revision history, \
                measures, diffs, lines, alignments and lineage, and live changes. Every answer \
                states its freshness (position); minVersion waits, bounded, for a command's \
                own write. Refusals are RFC 9457 problem details with an error code. Every role \
                reads plans; the history (/api/history, /api/activity, an edition's history \
                and change stream) is for auditors and admins; /api/admin for admins.""");
    }
}
