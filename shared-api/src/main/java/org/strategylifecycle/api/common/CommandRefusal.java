package org.strategylifecycle.api.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * A refused command as it travels in the details of Axon's {@code CommandExecutionException}: a
 * distributed command bus (Axon Server) carries those details, serialized, but not the exception, so
 * the edge answers with the same problem detail wherever the command ran. The code is kept as its
 * name, so a node that does not know a newer code still reads the rest.
 */
public record CommandRefusal(String code, String detail) {

    public static CommandRefusal of(ErrorCode code, String detail) {
        return new CommandRefusal(code.name(), detail);
    }

    public Optional<ErrorCode> errorCode() {
        return Arrays.stream(ErrorCode.values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
