package org.strategylifecycle.command.web;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The controller of one kind of element of an edition: the commands under its path, each taking and
 * answering JSON. Its endpoints are {@link AddsElement} and {@link ChangesElement}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@RestController
@RequestMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
public @interface ElementCommands {

    /** The elements' path, {@code /api/strategies/{strategyId}/<kind>}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String value();
}
