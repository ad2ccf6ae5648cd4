package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategylifecycle.api.common.CommandRefusal;
import org.strategylifecycle.api.common.ErrorCode;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The command bus that handles commands on this node: Axon Server's connector hands it the commands
 * routed here, and without Axon Server it is the only bus. It acts on a command's outcome after its
 * unit of work committed or rolled back, which no handler interceptor sees (a stale {@code If-Match}
 * is found while committing, a concurrent append when the events are stored). The aggregate cache
 * never hands out a copy older than the store (config/StoreCheckedCache), so what is left to meet is a
 * write that lands between reading and storing:
 * <ul>
 * <li>A command whose events could not be stored because another node or request stored events of
 * the same aggregate first (after this one had read it) is handled again, at most
 * {@value #CONFLICT_RETRIES} more times. Nothing of the failed attempt was stored and the rollback dropped
 * the cached copy, so the retry decides afresh on the stored state: it succeeds, is refused for what
 * the state now says, or finds its Idempotency-Key already recorded.</li>
 * <li>Every refusal leaves as a {@code CommandExecutionException} whose details are the
 * {@link CommandRefusal}, the only part of a failure Axon Server carries to the dispatching node.</li>
 * </ul>
 */
final class LocalSegment extends SimpleCommandBus {

    static final int CONFLICT_RETRIES = 2;
    private static final Logger log = LoggerFactory.getLogger(LocalSegment.class);

    LocalSegment(Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        AtomicReference<CommandResultMessage<? extends R>> outcome = new AtomicReference<>();
        CommandCallback<C, R> keep = (message, result) -> outcome.set(result);
        for (int attempt = 0; ; attempt++) {
            super.handle(command, handler, keep);
            if (attempt == CONFLICT_RETRIES || !outcome.get().isExceptional()
                    || !isConflict(outcome.get().exceptionResult())) {
                break;
            }
            log.info("{} met a concurrent write to its aggregate ({}); handling it again on the stored state",
                    command.getCommandName(), outcome.get().exceptionResult().getMessage());
        }
        callback.onResult(command, Refusals.carried(outcome.get()));
    }

    /** Another write got there first: not that the command is wrong, only that it decided too early. */
    private static boolean isConflict(Throwable failure) {
        return Refusals.of(failure).flatMap(CommandRefusal::errorCode).orElse(null) == ErrorCode.CONCURRENT_MODIFICATION;
    }
}
