package org.strategylifecycle.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A projection's event processor as every process on the database sees it: whether it runs in this
 * process, the position up to which every event is applied, the head of the event store, whether it
 * has caught up with it, and each segment with the process that holds it. A segment counts as
 * replaying (Axon's replay token) from a rebuild until it passes the position the rebuild started
 * at, that is until the first event recorded after the rebuild. {@code parked}: the events it could not
 * apply, each holding up the rest of its edition (or line) until retried.
 */
public record ProjectionView(String name, boolean running, boolean error, long position, long head, boolean caughtUp,
                             boolean replaying, List<Segment> segments, ParkedView parked) {

    /** A segment: its owner ({@code null} when nobody holds it), position, and whether it is held here. */
    @Schema(name = "ProjectionSegment")
    public record Segment(int segment, String owner, boolean claimedHere, long position, boolean replaying) {
    }
}
