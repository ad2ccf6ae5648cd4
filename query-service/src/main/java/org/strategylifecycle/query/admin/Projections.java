package org.strategylifecycle.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.config.TrackingPositions;

import java.time.Duration;
import java.util.List;
import org.strategylifecycle.query.projection.BatchedWriter;
import org.strategylifecycle.query.projection.ReadModel;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The projections' event processors: their status, a rebuild from the first event, and handing a segment over. */
@Component
class Projections {

    /** Long enough for another process to notice the released segment (its claim interval is shorter). */
    static final Duration RELEASED_FOR = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final TrackingPositions positions;
    private final EventStore eventStore;
    private final ParkedEvents parked;
    private final List<String> readModels;

    Projections(EventProcessingConfiguration processing, TrackingPositions positions, EventStore eventStore,
                ParkedEvents parked, List<ReadModel<?>> readModels) {
        this.processing = processing;
        this.positions = positions;
        this.eventStore = eventStore;
        this.parked = parked;
        this.readModels = readModels.stream().map(ReadModel::name).sorted().toList();
    }

    List<ProjectionView> all() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(name -> processing.eventProcessor(name, StreamingEventProcessor.class).isPresent())
                .map(this::status).toList();
    }

    ProjectionView status(String name) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, ?> here = processor.processingStatus();
        List<ProjectionView.Segment> segments = positions.segments(name).stream()
                .map(s -> new ProjectionView.Segment(s.segment(), s.owner(), here.containsKey(s.segment()),
                        s.position(), s.replaying()))
                .toList();
        long position = segments.stream().mapToLong(ProjectionView.Segment::position).min().orElse(-1);
        long head = head();
        boolean replaying = segments.stream().anyMatch(ProjectionView.Segment::replaying);
        return new ProjectionView(name, processor.isRunning(), processor.isError(), position, head, position >= head,
                replaying, segments, parked.view(name));
    }

    /** Applies the projection's parked events again, after the cause was fixed. */
    RetryView retryParked(String name) {
        processor(name);
        return parked.retry(name);
    }

    /**
     * Stops the processor, resets every segment's token to a replay from the first event (the reset
     * handlers empty the tables in the same transaction) and starts it again. With {@code readModel},
     * only that read model's tables are emptied and only it applies the replayed events
     * ({@link BatchedWriter}); the others keep answering from theirs. The reset must claim every
     * segment, so it is refused while another process holds one.
     */
    synchronized void rebuild(String name, String readModel) {
        StreamingEventProcessor processor = processor(name);
        if (readModel != null && (!BatchedWriter.GROUP.equals(name) || !readModels.contains(readModel))) {
            throw new StrategyException(ErrorCode.PROJECTION_NOT_FOUND, "projection " + name + " has no read model "
                    + readModel + "; it has " + String.join(", ", readModels));
        }
        if (readModel != null && parked.view(name).sequences() > 0) {
            // A reset empties the queue of parked events, and the replay gives their events to the one
            // read model only: the others, which never applied them, would lose them.
            throw new StrategyException(ErrorCode.PROJECTION_BUSY, "events of " + name + " are parked: retry them, "
                    + "or rebuild the whole projection, before rebuilding " + readModel + " alone");
        }
        if (!processor.supportsReset()) {
            throw new StrategyException(ErrorCode.PROJECTION_NOT_FOUND, "projection " + name + " cannot be rebuilt");
        }
        processor.shutDown();
        try {
            if (readModel == null) {
                processor.resetTokens();
            } else {
                processor.resetTokens(readModel);
            }
        } catch (RuntimeException e) {
            if (heldElsewhere(e)) {
                throw new StrategyException(ErrorCode.PROJECTION_BUSY, "another query-service process holds a segment of "
                        + name + "; stop the other processes, rebuild, then start them again");
            }
            throw e;
        } finally {
            processor.start();
        }
    }

    /** Lets another process claim a segment this one holds, for {@link #RELEASED_FOR}. */
    void release(String name, int segment) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.processingStatus().containsKey(segment)) {
            throw new StrategyException(ErrorCode.SEGMENT_NOT_CLAIMED,
                    "this process does not hold segment " + segment + " of " + name);
        }
        processor.releaseSegment(segment, RELEASED_FOR.toSeconds(), TimeUnit.SECONDS);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new StrategyException(ErrorCode.PROJECTION_NOT_FOUND, "no projection " + name));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static boolean heldElsewhere(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UnableToClaimTokenException) {
                return true;
            }
        }
        return false;
    }
}
