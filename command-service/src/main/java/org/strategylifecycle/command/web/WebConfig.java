package org.strategylifecycle.command.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Wires the shared web plumbing: the command context and the body size limit.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    private final CommandSender sender;

    WebConfig(CommandSender sender) {
        this.sender = sender;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CommandContextResolver(sender));
    }

    /** Runs before Spring Security, so an oversized body is refused before anything else reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(@Value("${strategy.max-body-bytes}") long maxBytes,
                                                                @Value("${strategy.max-import-bytes}") long maxImportBytes,
                                                                JsonMapper json) {
        FilterRegistrationBean<RequestSizeFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeFilter(maxBytes, maxImportBytes, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the size limit: a JSON body's bytes are checked as UTF-8 while they are read. */
    @Bean
    FilterRegistrationBean<Utf8BodyFilter> utf8BodyFilter(JsonMapper json) {
        FilterRegistrationBean<Utf8BodyFilter> registration = new FilterRegistrationBean<>(new Utf8BodyFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
