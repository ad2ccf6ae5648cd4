package org.strategylifecycle.command.idempotency;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keyed requests an aggregate has recorded, rebuilt from its own events' metadata: an aggregate
 * member of the edition and of the line. Since the key is stored in the same append as the events,
 * a request is remembered exactly when its events are, whichever event store holds them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class RequestsSeen {

    private record Seen(String hash, long version) {
    }

    /** user, newline, key → the request's hash and the version after its last event */
    private final Map<String, Seen> seen = new HashMap<>();

    public RequestsSeen() {
        // rebuilt from the events
    }

    /** As a snapshot holds them. */
    @JsonCreator
    private RequestsSeen(@JsonProperty("seen") Map<String, Seen> seen) {
        this.seen.putAll(seen);
    }

    /**
     * The version the first request under this key answered, if this aggregate recorded it; a
     * different request under a recorded key is refused, since its answer would not be its own.
     */
    public Optional<Long> answered(KeyedRequest request) {
        Seen first = seen.get(request.user() + "\n" + request.key());
        if (first == null) {
            return Optional.empty();
        }
        if (!first.hash().equals(request.hash())) {
            throw new StrategyException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + request.key() + " was used for a different request");
        }
        return Optional.of(first.version());
    }

    /** How many keyed requests it remembers. */
    public int size() {
        return seen.size();
    }

    /** Every event of the aggregate passes here; a later event of the same request moves its version on. */
    @EventSourcingHandler
    void on(Object event, MetaData metaData, @SequenceNumber long sequenceNumber) {
        KeyedRequest.in(metaData).ifPresent(r -> seen.put(r.user() + "\n" + r.key(), new Seen(r.hash(), sequenceNumber)));
    }
}
