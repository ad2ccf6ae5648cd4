package org.strategylifecycle.command.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.strategylifecycle.support.security.AccessRules;
import org.strategylifecycle.support.security.Roles;
import org.strategylifecycle.support.security.SecuritySupport;

/**
 * Editors and admins send commands; auditors and admins verify the history; the logins and everything
 * else come from {@link SecuritySupport}.
 */
@Configuration(proxyBeanMethods = false)
@Import(SecuritySupport.class)
class SecurityConfig {

    @Bean
    AccessRules commandAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/verify", "/api/verify/**").hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(Roles.EDITOR, Roles.ADMIN);
    }
}
