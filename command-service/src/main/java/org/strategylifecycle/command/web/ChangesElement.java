package org.strategylifecycle.command.web;

import org.springframework.core.annotation.AliasFor;
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
import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.WRONG_ELEMENT_TYPE;

/**
 * An endpoint of an {@link ElementCommands} controller that changes one element from an effective date
 * on (revise, retire, complete, ...): a POST below the element's id, refused as every change of an
 * element is; the endpoint's {@link Refuses} adds its own refusals.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@RequestMapping(method = RequestMethod.POST)
@Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, RATIONALE_REQUIRED, INVALID_ID, ELEMENT_NOT_FOUND,
        WRONG_ELEMENT_TYPE, EFFECTIVE_DATE_BEFORE_PREVIOUS})
public @interface ChangesElement {

    /** The path below the elements' path, such as {@code /{elementId}/retire}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String value();
}
