package org.strategylifecycle.command.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategylifecycle.api.common.CommandRefusal;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.command.web.Refusals;

import java.time.Duration;
import org.strategylifecycle.support.web.RequestId;

/**
 * Times every command the command bus handles, from the moment it is handed to the bus until its unit
 * of work committed or rolled back (so a conflict found when the events are stored counts as the
 * refusal it is), as {@code strategy_commands_seconds} with the tags {@code command} (its type),
 * {@code outcome} (accepted, refused: the client's error; failed: the service's) and {@code code}
 * (the ErrorCode, or none). Rates, failures by code and latency buckets all come from this one timer.
 * Each outcome is also logged with the command's request id (accepted at DEBUG, refused at INFO,
 * failed at WARN), on whichever node handled it.
 */
final class CommandMetrics implements MessageMonitor<Message<?>> {

    static final String NAME = "strategy.commands";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500)};

    private static final Logger log = LoggerFactory.getLogger(CommandMetrics.class);

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        String command = message.getPayloadType().getSimpleName();
        Object requestId = message.getMetaData().get(RequestId.KEY);
        Timer.Sample sample = Timer.start(registry);
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                stop("accepted", "none");
            }

            @Override
            public void reportFailure(Throwable cause) {
                ErrorCode code = Refusals.of(cause).flatMap(CommandRefusal::errorCode).orElse(ErrorCode.INTERNAL_ERROR);
                stop(code.status() >= 500 ? "failed" : "refused", code.name());
            }

            @Override
            public void reportIgnored() {
                stop("ignored", "none");
            }

            private void stop(String outcome, String code) {
                long nanos = sample.stop(Timer.builder(NAME)
                        .description("Commands handled, by type, outcome and error code")
                        .tag("command", command)
                        .tag("outcome", outcome)
                        .tag("code", code)
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry));
                log(outcome, code, nanos / 1_000_000);
            }

            private void log(String outcome, String code, long millis) {
                try (RequestId.Scope ignored = RequestId.inMdc(requestId)) {
                    switch (outcome) {
                        case "failed" -> log.warn("{} failed ({}) in {} ms", command, code, millis);
                        case "refused" -> log.info("{} refused ({}) in {} ms", command, code, millis);
                        default -> log.debug("{} {} in {} ms", command, outcome, millis);
                    }
                }
            }
        };
    }
}
