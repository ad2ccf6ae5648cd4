package org.strategylifecycle.query.config;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedSet;

/**
 * Where each segment of a processor stands, read from the token table that every query-service
 * process on the database shares, so the answer covers the segments other processes hold too.
 */
@Component
public class TrackingPositions {

    /** One segment's row: its owner (null when released) and its token (null before its first event). */
    public record SegmentToken(int segment, String owner, TrackingToken token) {

        public long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }

        public boolean replaying() {
            return ReplayToken.isReplay(token);
        }

        /**
         * Whether this segment is still repeating the events it had applied before a reset, so its
         * tables do not yet hold all they held (a replay token stays one after that, until a newer event).
         */
        public boolean rebuilding() {
            OptionalLong reset = ReplayToken.getTokenAtReset(token);
            return reset.isPresent() && position() < reset.getAsLong();
        }

        /**
         * Positions below {@link #position()} that this segment has not seen: events whose
         * transactions had not committed when later ones had (PostgreSQL hands out positions before
         * commit). Empty for Axon Server's tokens, which have none.
         */
        public SortedSet<Long> gaps() {
            TrackingToken current = WrappedToken.unwrapLowerBound(token);
            return current instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Collections.emptySortedSet();
        }
    }

    private final JdbcClient jdbc;
    private final Serializer serializer = EventStoreSetup.tokenSerializer();

    TrackingPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SegmentToken> segments(String processor) {
        return jdbc.sql("select segment, owner, token, token_type from query.token_entry where processor_name = :p order by segment")
                .param("p", processor)
                .query((rs, i) -> new SegmentToken(rs.getInt("segment"), rs.getString("owner"),
                        token(rs.getBytes("token"), rs.getString("token_type"))))
                .list();
    }

    /**
     * The last event-store position up to which every event has been applied: the lowest position
     * of the processor's segments, since each segment applies only its own share of the events and
     * one may run behind another. -1 before the processor has a token.
     */
    public long position(String processor) {
        return progress(processor).position();
    }

    /** Where a processor stands ({@link #position}), and whether a segment is {@link SegmentToken#rebuilding}. */
    public record Progress(long position, boolean rebuilding) {
    }

    public Progress progress(String processor) {
        List<SegmentToken> segments = segments(processor);
        return new Progress(segments.stream().mapToLong(SegmentToken::position).min().orElse(-1),
                segments.stream().anyMatch(SegmentToken::rebuilding));
    }

    private TrackingToken token(byte[] bytes, String type) {
        return bytes == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
