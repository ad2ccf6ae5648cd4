package org.strategylifecycle.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example request body of an endpoint, for its OpenAPI description ({@link CommandOperations}). The
 * examples of all endpoints tell one story, an edition's lifecycle, and system-tests send each of them
 * through the client generated from the published description: an example the service refuses fails
 * the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExampleBody {

    /** The body as JSON (or, for an import, XML). */
    String value();
}
