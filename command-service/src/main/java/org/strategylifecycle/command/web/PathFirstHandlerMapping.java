package org.strategylifecycle.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping, asking each endpoint first whether its path matches. Command paths
 * carry ids ({@code /api/strategies/{strategyId}/objectives/{elementId}/revise}), so no request finds
 * its endpoint by a direct path lookup and Spring tests every endpoint's conditions in turn: method,
 * consumes, produces, then the path. Consumes and produces read headers through Spring Security's
 * firewall, which validates each header by regular expression: that cost about a tenth of a
 * command's CPU (docs/benchmarks.md). Refusing on the path first skips it for every endpoint but the
 * one or two a request can reach. Which endpoint matches is unchanged, and so are 405, 406 and 415:
 * Spring decides them afresh from all endpoints when none matches.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && paths.getMatchingCondition(request) == null) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }
}
