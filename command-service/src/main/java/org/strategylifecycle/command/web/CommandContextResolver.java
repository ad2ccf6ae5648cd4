package org.strategylifecycle.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@link CommandContext} of a request from its login and headers. */
class CommandContextResolver implements HandlerMethodArgumentResolver {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** A strong or weak entity tag, or a bare number: {@code "3"}, {@code W/"3"}, {@code 3}. */
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    /** Path variables naming what a request concerns, the most specific first. */
    private static final List<String> PATH_IDS = List.of("elementId", "stakeholderId", "annotationId", "alignmentId",
            "strategyId", "lineId");

    private final CommandSender sender;

    CommandContextResolver(CommandSender sender) {
        this.sender = sender;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandContext.class;
    }

    @Override
    public CommandContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new StrategyException(ErrorCode.UNAUTHENTICATED, "log in to send commands");
        }
        String target = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        return new CommandContext(principal.getName(), version(request.getHeader(HttpHeaders.IF_MATCH)),
                key(request.getHeader(IDEMPOTENCY_KEY)), request.getMethod(), target, pathId(request), sender);
    }

    /**
     * The id the path names last: what a command on an existing element (a stakeholder's is
     * {@code stakeholderId}), annotation, alignment, edition or line answers, a repeated one too.
     */
    private static String pathId(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return null;
        }
        return PATH_IDS.stream().map(variables::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Long version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        Matcher m = VERSION.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new StrategyException(ErrorCode.INVALID_PRECONDITION, "If-Match must be a version such as \"3\"");
        }
        return Long.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    static String key(String idempotencyKey) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new StrategyException(ErrorCode.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        return idempotencyKey;
    }
}
