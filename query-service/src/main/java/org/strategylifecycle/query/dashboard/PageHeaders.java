package org.strategylifecycle.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A strict Content-Security-Policy on every page: scripts, styles, images and connections from this
 * origin only, no inline script or style, no framing. The pages need nothing else: htmx and its SSE
 * extension are served from here, the charts are inline SVG drawn with attributes, not styles.
 */
@Configuration(proxyBeanMethods = false)
class PageHeaders implements WebMvcConfigurer {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Security-Policy", POLICY);
                response.setHeader("Referrer-Policy", "same-origin");
                return true;
            }
        }).addPathPatterns("/", "/editions/**", "/compare", "/login", "/denied");
    }
}
