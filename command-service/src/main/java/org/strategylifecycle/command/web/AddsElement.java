package org.strategylifecycle.command.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.strategylifecycle.support.openapi.Refuses;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_ID_TAKEN;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/**
 * The endpoint of an {@link ElementCommands} controller that adds an element: a POST to the elements'
 * path, refused as every addition to an edition is; the endpoint's {@link Refuses} adds its own refusals.
 * It answers with {@link CommandContext#createElement}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@RequestMapping(method = RequestMethod.POST)
@Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, INVALID_ID, ELEMENT_ID_TAKEN})
public @interface AddsElement {
}
