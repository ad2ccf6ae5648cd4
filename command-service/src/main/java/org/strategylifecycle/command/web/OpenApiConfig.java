package org.strategylifecycle.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.strategylifecycle.support.openapi.ApiDocs;
import org.strategylifecycle.support.openapi.ApiDocsSupport;

/**
 * The OpenAPI description served at /v3/api-docs and /swagger-ui.html, published as the contract in
 * docs/api/command-service.openapi.json ({@link CommandOperations} adds what every command shares).
 */
@Configuration
@Import(ApiDocsSupport.class)
class OpenApiConfig {

    static {
        // Resolved from the login and headers (CommandContextResolver): the headers are documented instead.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    @Bean
    OpenAPI commandApi(@Value("${strategy.public-url.command}") String publicUrl) {
        OpenAPI api = ApiDocs.describe("Strategy lifecycle: command API", """
                Records the lifecycle of strategic plans: editions and their lines, statements, goals, \
                mission areas, objectives, initiatives, outcomes, measures with their targets and \
                actuals, alignments and lineage. Every command answers `{id, version}` with \
                `ETag: "<version>"`; a creation also answers `Location`, the absolute URL where \
                query-service reads what was created (once its read model has caught up: add \
                `minVersion=<version>` to wait for it). Send `If-Match` to refuse a stale change \
                (412) and `Idempotency-Key` to make a retry safe. Refusals are RFC 9457 problem \
                details with an error code. Editors and admins may send commands.""", publicUrl);
        api.getComponents()
                .addParameters(HttpHeaders.IF_MATCH, new HeaderParameter().name(HttpHeaders.IF_MATCH)
                        .description("""
                                The version of the edition (or line) the client last saw, as answered in \
                                ETag: the command applies only if it is still at that version, else 412 \
                                VERSION_MISMATCH and nothing is recorded. "3", 3 and W/"3" are accepted.""")
                        .schema(new StringSchema().pattern("^(W/)?\"?[0-9]{1,18}\"?$")).example("\"3\""))
                .addParameters(CommandContextResolver.IDEMPOTENCY_KEY, new HeaderParameter()
                        .name(CommandContextResolver.IDEMPOTENCY_KEY)
                        .description("""
                                Makes a retry safe: the same key with the same method, path and body \
                                replays the first answer; with a different request it is 422 \
                                IDEMPOTENCY_KEY_REUSED. Keys are per user; a refused command stores none.""")
                        .schema(new StringSchema().pattern("^[\\x21-\\x7E]{1,100}$"))
                        .example("3c0e8a52-goal-1-add"))
                .addHeaders(HttpHeaders.ETAG, new Header()
                        .description("The edition's (or line's) version after the command, as \"<version>\"")
                        .schema(new StringSchema()))
                .addHeaders(HttpHeaders.LOCATION, new Header()
                        .description("The absolute URL where query-service reads what was created")
                        .schema(new StringSchema().format("uri")));
        return api;
    }

    @Bean
    OperationCustomizer commandOperations() {
        return new CommandOperations();
    }
}
