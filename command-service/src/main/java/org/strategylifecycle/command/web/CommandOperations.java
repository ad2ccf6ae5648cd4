package org.strategylifecycle.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.openapi.ApiDocs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the description of every command shares, read from the handler method: the headers a command
 * takes ({@code Idempotency-Key}; {@code If-Match} where it changes an existing edition), the headers
 * it answers ({@code ETag}; {@code Location} on 201), and the refusals of logins, bodies and headers
 * beside the endpoint's own ({@link org.strategylifecycle.support.openapi.Refuses}).
 */
class CommandOperations implements OperationCustomizer {

    /** Every body is read strictly and its fields checked (StrictJson, the size limit, the domain's texts). */
    private static final Set<ErrorCode> BODY_CHECKS = EnumSet.of(ErrorCode.MALFORMED_REQUEST,
            ErrorCode.UNKNOWN_FIELD, ErrorCode.INVALID_VALUE, ErrorCode.INVALID_DATE, ErrorCode.FIELD_REQUIRED,
            ErrorCode.TEXT_TOO_LONG, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorCode.UNSUPPORTED_CONTENT_ENCODING);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ErrorCode> codes = EnumSet.of(ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN);
        codes.addAll(ApiDocs.refusedBy(handler));
        MethodParameter[] parameters = handler.getMethodParameters();
        if (Arrays.stream(parameters).anyMatch(p -> p.getParameterType() == CommandContext.class)) {
            ApiDocs.addHeaderParameter(operation, CommandContextResolver.IDEMPOTENCY_KEY);
            codes.addAll(EnumSet.of(ErrorCode.INVALID_IDEMPOTENCY_KEY, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    ErrorCode.CONCURRENT_MODIFICATION));
            if (changesAnEdition(parameters)) {
                ApiDocs.addHeaderParameter(operation, HttpHeaders.IF_MATCH);
                codes.addAll(EnumSet.of(ErrorCode.INVALID_PRECONDITION, ErrorCode.VERSION_MISMATCH));
            }
        }
        for (MethodParameter body : parameters) {
            if (body.hasParameterAnnotation(RequestBody.class)) {
                codes.addAll(BODY_CHECKS);
                if (body.getParameterType() == byte[].class) {
                    // A document read as it came (a StratML import): text of its media type, not base64.
                    operation.getRequestBody().getContent().values().forEach(media -> media.setSchema(
                            new StringSchema().description("The document, as text in its media type")));
                }
            }
        }
        ExampleBody example = handler.getMethodAnnotation(ExampleBody.class);
        if (example != null) {
            operation.getRequestBody().getContent().forEach((type, media) -> media.setExample(parsed(type, example.value())));
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject(HttpHeaders.ETAG, ApiDocs.header(HttpHeaders.ETAG));
            }
            if (status.equals("201")) {
                response.addHeaderObject(HttpHeaders.LOCATION, ApiDocs.header(HttpHeaders.LOCATION));
            }
        });
        return ApiDocs.refusals(operation, codes);
    }

    /** JSON as a tree, so the description shows it as JSON (and a malformed example fails to build); XML as text. */
    private static Object parsed(String mediaType, String example) {
        if (!mediaType.contains("json")) {
            return example;
        }
        try {
            return Json.mapper().readTree(example);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example body is not JSON: " + example, e);
        }
    }

    /** Commands on an existing edition name it in the path; drafts and new lines ignore If-Match. */
    private static boolean changesAnEdition(MethodParameter[] parameters) {
        return Arrays.stream(parameters).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class)
                && "strategyId".equals(p.getParameterName()));
    }
}
