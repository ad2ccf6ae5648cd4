package org.strategylifecycle.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.time.LocalDate;

/**
 * What every page has (who is signed in), and refusals as pages: the status and the error code of the
 * API's problem details, in HTML. It goes before the API's advice, which would answer JSON.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(PageAdvice.class);

    @ModelAttribute("user")
    SignedIn user(HttpServletRequest request) {
        return SignedIn.current(request);
    }

    @ExceptionHandler(StrategyException.class)
    ModelAndView refused(StrategyException e, HttpServletRequest request) {
        return page(e.code(), e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        boolean date = e.getRequiredType() == LocalDate.class;
        return page(date ? ErrorCode.INVALID_DATE : ErrorCode.INVALID_VALUE,
                e.getName() + (date ? " is not a date (yyyy-MM-dd)" : " has a value of the wrong form"), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return page(ErrorCode.FIELD_REQUIRED, e.getParameterName() + " is required", request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request) {
        LOG.error("page failed", e);
        return page(ErrorCode.INTERNAL_ERROR, "the page failed; see the service log", request);
    }

    static ModelAndView page(ErrorCode code, String detail, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(HttpStatus.valueOf(code.status()));
        page.addObject("code", code.name());
        page.addObject("errorTitle", HttpStatus.valueOf(code.status()).getReasonPhrase());
        page.addObject("explanation", code.title());
        page.addObject("detail", detail);
        page.addObject("user", SignedIn.current(request));
        return page;
    }
}
