package org.strategylifecycle.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.strategylifecycle.support.openapi.ApiDocs;
import org.strategylifecycle.support.openapi.ApiDocsSupport;

/**
 * The OpenAPI description served at /v3/api-docs and /swagger-ui.html, published as the contract in
 * docs/api/query-service.openapi.json ({@link QueryOperations} adds what every read shares).
 */
@Configuration
@Import(ApiDocsSupport.class)
class OpenApiConfig {

    @Bean
    OpenAPI queryApi(@Value("${strategy.public-url.query}") String publicUrl) {
        OpenAPI api = ApiDocs.describe("Strategy lifecycle: query API", """
                Reads the lifecycle of strategic plans: editions now, as of an effective date \
                (`asOf`) and as known at a recorded time (`knownAt`), their elements, revision history, \
                measures, diffs, lines, alignments and lineage, and live changes as server-sent \
                events. Every answer states its freshness (`position`); `minVersion` waits, bounded, \
                for a command's own write (503 READ_MODEL_BEHIND with Retry-After when it does not \
                come). Reads answer an `ETag`: send it back in `If-None-Match` and an unchanged \
                answer is 304 without a body. Refusals are RFC 9457 problem details with an error \
                code. Every role reads plans; the history (/api/history, /api/activity, an \
                edition's history and change stream) is for auditors and admins; /api/admin for \
                admins.""", publicUrl);
        api.getComponents()
                .addParameters(HttpHeaders.IF_NONE_MATCH, new HeaderParameter().name(HttpHeaders.IF_NONE_MATCH)
                        .description("""
                                The ETag of an answer the client holds: while the answer is the same, the \
                                read is 304 Not Modified without a body.""")
                        .schema(new StringSchema()).example("W/\"0a5f3c1e9d\""))
                .addHeaders(HttpHeaders.ETAG, new Header()
                        .description("A weak entity tag of this answer, for If-None-Match")
                        .schema(new StringSchema()))
                .addHeaders(HttpHeaders.LOCATION, new Header()
                        .description("The absolute URL of the projection's status, to watch the work")
                        .schema(new StringSchema().format("uri")));
        return api;
    }

    @Bean
    OperationCustomizer queryOperations() {
        return new QueryOperations();
    }
}
