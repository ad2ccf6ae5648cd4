package org.strategylifecycle.query.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.strategylifecycle.query.admin.ParkedEvents;

import java.util.function.ToDoubleFunction;

/**
 * Gauges per processing group, read when Prometheus scrapes: {@code strategy_processor_position}
 * (the lowest position of this instance's segments), {@code strategy_processor_lag} (events between
 * it and the head of the event store), {@code strategy_processor_replaying} (1 during a replay) and
 * {@code strategy_processor_replay_progress} (0 to 1, the position reached of the one the replay
 * runs to), {@code strategy_processor_segments} (claimed here) and {@code _segments_error},
 * {@code strategy_processor_parked_sequences} and {@code _parked_events} (its dead-letter queue, shared
 * by all instances); and {@code strategy_eventstore_head}. Registered once the processors exist, when the application is ready.
 */
class ProcessorMetrics implements ApplicationListener<ApplicationReadyEvent> {

    private final ProcessorStatus status;
    private final ParkedEvents parked;
    private final MeterRegistry registry;

    ProcessorMetrics(ProcessorStatus status, ParkedEvents parked, MeterRegistry registry) {
        this.status = status;
        this.parked = parked;
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Gauge.builder("strategy.eventstore.head", status, ProcessorStatus::head)
                .description("Position of the newest event in the event store").register(registry);
        status.processors().forEach((name, processor) -> {
            gauge("strategy.processor.position", "Lowest position of this instance's segments", name, processor,
                    s -> s.position());
            gauge("strategy.processor.lag", "Events between the processor and the head of the event store", name,
                    processor, s -> s.lag());
            gauge("strategy.processor.replaying", "1 while the processor replays", name, processor,
                    s -> s.replaying() ? 1 : 0);
            gauge("strategy.processor.replay.progress", "Share of the replay done, 1 when not replaying", name,
                    processor, s -> s.replayProgress());
            gauge("strategy.processor.segments", "Segments this instance has claimed", name, processor, s -> s.claimed());
            gauge("strategy.processor.segments.error", "Claimed segments in error", name, processor, s -> s.inError());
            parked.queue(name).ifPresent(queue -> {
                Gauge.builder("strategy.processor.parked.sequences", queue, q -> q.amountOfSequences())
                        .description("Editions (or lines) with parked events, which stand still until retried")
                        .tag("processor", name).register(registry);
                Gauge.builder("strategy.processor.parked.events", queue, q -> q.size())
                        .description("Events parked, including those queued behind a failed one")
                        .tag("processor", name).register(registry);
            });
        });
    }

    private void gauge(String meter, String description, String name, StreamingEventProcessor processor,
                       ToDoubleFunction<ProcessorStatus.Snapshot> value) {
        Gauge.builder(meter, processor, p -> value.applyAsDouble(status.snapshot(name, p)))
                .description(description)
                .tag("processor", name)
                .register(registry);
    }
}
