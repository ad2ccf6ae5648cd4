package org.strategylifecycle.support.openapi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What both services' OpenAPI descriptions are checked by, imported by each service's own OpenAPI
 * configuration (which adds its title, text and headers through {@link ApiDocs}).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsSupport {

    @Bean
    UniqueSchemaNames uniqueSchemaNames() {
        return new UniqueSchemaNames();
    }
}
