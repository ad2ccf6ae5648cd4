package org.strategylifecycle.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter that the endpoint does not take (400 {@code UNKNOWN_PARAMETER}):
 * a misspelt filter ({@code ?actr=editor}, {@code ?knowAt=…}) would otherwise be ignored silently
 * and answer as if no filter had been asked for. The parameters an endpoint takes are its
 * {@code @RequestParam}s, so a new one needs no list kept here. Only this service's controllers.
 */
@Configuration
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final String OWN_PACKAGE = "org.strategylifecycle.query.";

    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().getName().startsWith(OWN_PACKAGE)) {
            Set<String> takes = known.computeIfAbsent(method, this::requestParameters);
            Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
            unknown.removeAll(takes);
            if (!unknown.isEmpty()) {
                throw new StrategyException(ErrorCode.UNKNOWN_PARAMETER, "this endpoint does not take "
                        + String.join(", ", unknown) + (takes.isEmpty() ? "; it takes no parameters"
                        : "; it takes " + String.join(", ", new TreeSet<>(takes))));
            }
        }
        return true;
    }

    private Set<String> requestParameters(HandlerMethod method) {
        Set<String> takes = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                parameter.initParameterNameDiscovery(names);
                takes.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
            }
        }
        return takes;
    }
}
