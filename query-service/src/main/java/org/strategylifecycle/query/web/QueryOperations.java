package org.strategylifecycle.query.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.openapi.ApiDocs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the description of every read shares, read from the handler method: conditional reads
 * ({@code If-None-Match}, {@code ETag}, 304) where {@link ConditionalReads} answers them, the 503 of
 * {@code minVersion}, the refusals of parameters, and the login's beside the endpoint's own
 * ({@link org.strategylifecycle.support.openapi.Refuses}).
 */
class QueryOperations implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ErrorCode> codes = EnumSet.of(ErrorCode.UNAUTHENTICATED);
        codes.addAll(ApiDocs.refusedBy(handler));
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            Class<?> type = parameter.getParameterType();
            codes.add(type == LocalDate.class || type == Instant.class ? ErrorCode.INVALID_DATE : ErrorCode.INVALID_VALUE);
            if (param.required() && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
                codes.add(ErrorCode.FIELD_REQUIRED);
            }
            if ("minVersion".equals(parameter.getParameterName())) {
                codes.add(ErrorCode.READ_MODEL_BEHIND);
            }
        }
        if (conditional(handler)) {
            ApiDocs.addHeaderParameter(operation, HttpHeaders.IF_NONE_MATCH);
            operation.getResponses().forEach((status, response) -> {
                if (status.equals("200")) {
                    response.addHeaderObject(HttpHeaders.ETAG, ApiDocs.header(HttpHeaders.ETAG));
                }
            });
            operation.getResponses().addApiResponse("304", new ApiResponse()
                    .description("Not Modified: the answer is the one whose ETag was sent in If-None-Match")
                    .addHeaderObject(HttpHeaders.ETAG, ApiDocs.header(HttpHeaders.ETAG)));
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.equals("202")) {
                response.addHeaderObject(HttpHeaders.LOCATION, ApiDocs.header(HttpHeaders.LOCATION));
            }
        });
        return ApiDocs.refusals(operation, codes);
    }

    /** The reads {@link ConditionalReads} tags: GETs under /api that are neither event streams nor admin. */
    private static boolean conditional(HandlerMethod handler) {
        GetMapping get = handler.getMethodAnnotation(GetMapping.class);
        return get != null
                && Arrays.stream(get.produces()).noneMatch(MediaType.TEXT_EVENT_STREAM_VALUE::equals)
                && !handler.getBeanType().getPackageName().endsWith(".admin");
    }
}
