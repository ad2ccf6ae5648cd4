package org.strategylifecycle.support.security.prod;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.strategylifecycle.support.security.AccessRules;
import org.strategylifecycle.support.security.ProblemSecurityHandlers;
import org.strategylifecycle.support.security.SecuritySupport;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Sign-in under the {@code prod} profile: Spring Security's OAuth2 resource server taking bearer JWTs
 * in the {@code Authorization} header only, checked by {@link IssuerCheckedDecoder} against the
 * issuer's keys ({@link IssuerKeys}) and the {@link TokenRules}, with roles from the configured claim
 * ({@link JwtRoles}). The protected-resource metadata (RFC 9728) and the {@code WWW-Authenticate}
 * challenge name the configured public URL, never the request's {@code Host}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
public class ProductionSignIn {

    @Bean
    ProductionSettings productionSettings(Environment environment) {
        return ProductionSettings.of(environment);
    }

    @Bean
    IssuerKeys issuerKeys(ProductionSettings settings) {
        return new IssuerKeys(settings);
    }

    @Bean
    JwtDecoder jwtDecoder(ProductionSettings settings, IssuerKeys keys) {
        return new IssuerCheckedDecoder(settings, keys, Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain jwtSecurity(HttpSecurity http, JsonMapper json, AccessRules rules, ProductionSettings settings,
                                    JwtDecoder decoder) throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setResourceMetadataParameterResolver(request -> settings.resourceMetadataUrl());
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, challenge);
        return SecuritySupport.common(http, problems, rules)
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtRoles(settings.rolesClaim())))
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(resource -> resource
                                .resource(settings.publicUrl().toString())
                                .authorizationServer(settings.issuer())
                                // Tokens are bearer tokens here; none is bound to a client certificate.
                                .tlsClientCertificateBoundAccessTokens(false))))
                .build();
    }
}
