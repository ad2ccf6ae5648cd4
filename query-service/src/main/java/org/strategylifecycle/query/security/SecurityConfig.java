package org.strategylifecycle.query.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.strategylifecycle.support.security.AccessRules;
import org.strategylifecycle.support.security.Roles;
import org.strategylifecycle.support.security.SecuritySupport;

/**
 * Who may read what. The history (who changed what, when and why: the revision history of an
 * edition or element, of all strategies, the activity feed) is for auditors and admins; rebuilding
 * projections for admins; everything else is read by every role, editors included, so that whoever
 * sent a command can read its own write. The live change streams are for every role too: they name
 * the actor of a change only to auditors and admins (docs/adr/0014-live-updates.md).
 */
@Configuration(proxyBeanMethods = false)
@Import({SecuritySupport.class, PageSecurity.class})
class SecurityConfig {

    @Bean
    AccessRules queryAccess() {
        return requests -> {
            // The dashboard's pages (docs/adr/0017); the API's rules follow unchanged.
            PageSecurity.pageRules(requests);
            requests
                    .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                    // Any method (others are 405): the dashboard asks these rules, without a method, whether a
                    // user may follow a stream (Permissions).
                    .requestMatchers("/api/activity/stream", "/api/strategies/*/changes")
                    .hasAnyRole(Roles.VIEWER, Roles.AUDITOR, Roles.EDITOR, Roles.ADMIN)
                    .requestMatchers("/api/history/**", "/api/activity/**", "/api/strategies/*/history/**",
                            "/api/strategies/*/changes/**").hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasAnyRole(Roles.VIEWER, Roles.AUDITOR, Roles.EDITOR, Roles.ADMIN);
        };
    }
}
