package org.strategylifecycle.stratml;

import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.util.List;

/**
 * A document the schema refuses, with the schema's errors in document order: at most
 * {@link StratmlDocuments#MAX_ERRORS} are listed, {@code total} counts them all.
 */
public class StratmlInvalid extends StrategyException {

    /** One schema error, where the validator met it (line and column from 1). */
    public record SchemaError(int line, int column, String message) {
    }

    private final transient List<SchemaError> errors;
    private final int total;

    public StratmlInvalid(String detail, List<SchemaError> errors, int total) {
        super(ErrorCode.STRATML_INVALID, detail);
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public List<SchemaError> errors() {
        return errors;
    }

    public int total() {
        return total;
    }
}
