package org.strategylifecycle.query.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where this instance's streaming event processors stand against the head of the event store: the
 * one reading shared by the meters and the health. A processor only knows the segments this instance
 * has claimed; with several instances each reports its own share.
 */
class ProcessorStatus {

    /** The head is read at most once a second, however many gauges ask. */
    private static final Duration HEAD_TTL = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private long head = -1;
    private Instant headReadAt = Instant.MIN;

    ProcessorStatus(EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    record Snapshot(String name, boolean running, boolean error, String errorMessage, int claimed, int inError,
                    long position, long lag, boolean replaying, double replayProgress) {
    }

    Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, p) -> {
            if (p instanceof StreamingEventProcessor s) {
                streaming.put(name, s);
            }
        });
        return streaming;
    }

    synchronized long head() {
        Instant now = clock.instant();
        if (now.isAfter(headReadAt.plus(HEAD_TTL))) {
            TrackingToken token = eventStore.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            headReadAt = now;
        }
        return head;
    }

    /**
     * The head, or -1 while the event store does not answer (Axon Server out of reach): the
     * processors' state is still worth reporting; the event store's own health says it is down.
     */
    long headOrUnknown() {
        try {
            return head();
        } catch (RuntimeException unreachable) {
            return -1;
        }
    }

    Snapshot snapshot(String name, StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = -1;
        boolean replaying = false;
        double progress = 1.0;
        int inError = 0;
        String errorMessage = null;
        for (EventTrackerStatus s : segments) {
            long current = s.getCurrentPosition().orElse(-1);
            position = position < 0 ? current : Math.min(position, current);
            if (s.isErrorState()) {
                inError++;
                errorMessage = s.getError() == null ? "error" : String.valueOf(s.getError().getMessage());
            }
            if (s.isReplaying()) {
                replaying = true;
                OptionalLong reset = s.getResetPosition();
                if (reset.isPresent() && reset.getAsLong() > 0) {
                    progress = Math.min(progress, Math.min(1.0, Math.max(0, current) / (double) reset.getAsLong()));
                }
            }
        }
        long lag = segments.isEmpty() ? 0 : Math.max(0, headOrUnknown() - position);
        return new Snapshot(name, processor.isRunning(), processor.isError(), errorMessage, segments.size(), inError,
                position, lag, replaying, progress);
    }
}
