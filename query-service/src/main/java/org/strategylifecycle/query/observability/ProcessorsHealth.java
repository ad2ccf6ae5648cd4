package org.strategylifecycle.query.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DOWN when a processor of this instance is stopped, has a segment in error (its handler keeps
 * failing: the read models fall behind), or is stalled: behind the head of the event store without
 * moving for longer than {@code strategy.health.processor-stall-timeout}. A processor with no segment
 * claimed here is fine: another instance holds them.
 */
class ProcessorsHealth implements HealthIndicator {

    private final ProcessorStatus status;
    private final Duration stallTimeout;
    private final Clock clock;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    ProcessorsHealth(ProcessorStatus status, Duration stallTimeout, Clock clock) {
        this.status = status;
        this.stallTimeout = stallTimeout;
        this.clock = clock;
    }

    private record Progress(long position, Instant since) {
    }

    @Override
    public Health health() {
        boolean down = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (var entry : status.processors().entrySet()) {
            ProcessorStatus.Snapshot s = status.snapshot(entry.getKey(), entry.getValue());
            String state = state(s);
            down |= !state.equals("running") && !state.equals("replaying");
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", state);
            detail.put("segmentsClaimed", s.claimed());
            detail.put("position", s.position());
            detail.put("lag", s.lag());
            if (s.replaying()) {
                detail.put("replayProgress", s.replayProgress());
            }
            if (s.errorMessage() != null) {
                detail.put("error", s.errorMessage());
            }
            details.put(entry.getKey(), detail);
        }
        return (down ? Health.down() : Health.up()).withDetails(details).build();
    }

    private String state(ProcessorStatus.Snapshot s) {
        if (!s.running()) {
            return "stopped";
        }
        if (s.inError() > 0 || s.error()) {
            return "error";
        }
        Instant now = clock.instant();
        Progress seen = progress.compute(s.name(), (name, before) ->
                before == null || before.position() != s.position() || s.lag() == 0 ? new Progress(s.position(), now) : before);
        if (s.lag() > 0 && Duration.between(seen.since(), now).compareTo(stallTimeout) > 0) {
            return "stalled";
        }
        return s.replaying() ? "replaying" : "running";
    }
}
