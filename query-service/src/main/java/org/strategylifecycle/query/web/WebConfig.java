package org.strategylifecycle.query.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the conditional reads ({@link ConditionalReads}). */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    static FilterRegistrationBean<ConditionalReads> conditionalReads() {
        return ConditionalReads.registered();
    }
}
