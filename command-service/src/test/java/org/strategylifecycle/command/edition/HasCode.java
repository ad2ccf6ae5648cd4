package org.strategylifecycle.command.edition;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

/** Matches a {@link StrategyException} by its error code: the code, not the message, is the contract. */
public final class HasCode extends TypeSafeMatcher<StrategyException> {

    private final ErrorCode code;

    private HasCode(ErrorCode code) {
        this.code = code;
    }

    public static Matcher<StrategyException> hasCode(ErrorCode code) {
        return new HasCode(code);
    }

    @Override
    protected boolean matchesSafely(StrategyException exception) {
        return exception.code() == code;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a StrategyException with code ").appendValue(code);
    }

    @Override
    protected void describeMismatchSafely(StrategyException exception, Description description) {
        description.appendText("code was ").appendValue(exception.code()).appendText(": ").appendText(exception.getMessage());
    }
}
