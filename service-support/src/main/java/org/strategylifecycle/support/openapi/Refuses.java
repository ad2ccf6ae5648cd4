package org.strategylifecycle.support.openapi;

import org.strategylifecycle.api.common.ErrorCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals of an endpoint that come from what it does (its rules, the things it looks up), for
 * the OpenAPI description: each service adds the ones every endpoint of its kind shares (logins,
 * unreadable bodies, headers), and {@link ApiDocs#refusals} documents them all grouped by status. On
 * an annotation, it names the refusals of every endpoint so annotated, beside their own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Refuses {

    ErrorCode[] value();
}
