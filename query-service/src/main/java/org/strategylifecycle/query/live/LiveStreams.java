package org.strategylifecycle.query.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.security.Roles;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live streams this process serves: opens them within the limits (per login and in all), ends
 * each when its login expires or its maximum duration is reached, pings idle ones so closed
 * connections are noticed, ends those that stall, and ends all on shutdown.
 */
@Component
@EnableConfigurationProperties(LiveSettings.class)
class LiveStreams implements SmartLifecycle, LiveStream.Owner {

    /** A stream that cannot be opened now: answered with its code and {@code Retry-After}. */
    static final class Refused extends RuntimeException {

        private final ErrorCode code;
        private final Duration retryAfter;

        Refused(ErrorCode code, Duration retryAfter, String detail) {
            super(detail);
            this.code = code;
            this.retryAfter = retryAfter;
        }

        ErrorCode code() {
            return code;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private static final Set<String> SEE_ACTORS = Set.of("ROLE_" + Roles.AUDITOR, "ROLE_" + Roles.ADMIN);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final ChangeFeed feed;
    private final LiveSettings settings;
    private final LiveStream.Frames frames;
    private final Clock clock;
    private final ExecutorService writers = Executors.newFixedThreadPool(2, daemon("live-updates-write-"));
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(daemon("live-updates-tick-"));
    /** Streams that have not ended, with their deadline: these hold a place within the limits. */
    private final Map<LiveStream, ScheduledFuture<?>> active = new ConcurrentHashMap<>();
    /** Every stream whose connection is open, ended ones included while their final event goes out. */
    private final Set<LiveStream> connected = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> perUser = new HashMap<>();
    private int reserved;
    private final Map<LiveStream.EndReason, Counter> ended = new EnumMap<>(LiveStream.EndReason.class);
    private volatile boolean running;

    LiveStreams(ChangeFeed feed, LiveSettings settings, LiveStream.Frames frames, MeterRegistry meters) {
        this.feed = feed;
        this.settings = settings;
        this.frames = frames;
        this.clock = Clock.systemUTC();
        Gauge.builder("strategy.live.streams", active, Map::size).description("Open live streams").register(meters);
        for (LiveStream.EndReason reason : LiveStream.EndReason.values()) {
            ended.put(reason, Counter.builder("strategy.live.streams.ended").tag("reason", reason.name())
                    .description("Live streams ended, by reason").register(meters));
        }
    }

    /**
     * Opens the stream of one edition ({@code strategyId}) or of all (null) on this request, from
     * {@code resumeFrom} (a Last-Event-ID, or null for the present).
     */
    void open(String strategyId, Cursor resumeFrom, Authentication login, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        String user = login.getName();
        Instant now = clock.instant();
        Instant expires = expiry(login);
        if (expires != null && !expires.isAfter(now)) {
            // Accepted within the token validator's clock skew, but a stream would end at once.
            throw new Refused(ErrorCode.UNAUTHENTICATED, null, "the token has expired: get a fresh one");
        }
        reserve(user);
        try {
            Instant deadline = now.plus(settings.maxDuration());
            LiveStream.EndReason reason = LiveStream.EndReason.MAX_DURATION;
            if (expires != null && expires.isBefore(deadline)) {
                deadline = expires;
                reason = LiveStream.EndReason.TOKEN_EXPIRED;
            }
            boolean actors = login.getAuthorities().stream().anyMatch(a -> SEE_ACTORS.contains(a.getAuthority()));
            LiveStream stream = new LiveStream(user, strategyId, actors, resumeFrom, settings.buffer(), writers,
                    feed::wake, this, frames);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Accel-Buffering", "no"); // proxies pass each event at once
            AsyncContext async = request.startAsync(request, response);
            Duration lifetime = Duration.between(now, deadline);
            // The container's own timeout only backs up the deadline, in case the final event is never taken.
            stream.open(async, lifetime.plus(settings.stallTimeout().multipliedBy(2)).plusSeconds(5));
            LiveStream.EndReason why = reason;
            String detail = reason == LiveStream.EndReason.TOKEN_EXPIRED
                    ? "the token this stream was opened with has expired: reconnect with a fresh one"
                    : "streams last at most " + settings.maxDuration() + ": reconnect with Last-Event-ID";
            connected.add(stream);
            active.put(stream, ticks.schedule(() -> stream.end(why, detail), Math.max(0, lifetime.toMillis()),
                    TimeUnit.MILLISECONDS));
            if (stream.closed()) { // the client left while the stream was being opened
                ended(stream);
                released(stream);
            }
            feed.join(stream);
        } catch (IOException | RuntimeException e) {
            unreserve(user);
            throw e;
        }
    }

    private synchronized void reserve(String user) {
        Duration retry = settings.heartbeat();
        if (reserved >= settings.maxStreams()) {
            throw new Refused(ErrorCode.LIVE_STREAMS_EXHAUSTED, retry,
                    "this process serves " + settings.maxStreams() + " live streams, its limit; retry later");
        }
        int held = perUser.getOrDefault(user, 0);
        if (held >= settings.maxStreamsPerUser()) {
            throw new Refused(ErrorCode.TOO_MANY_STREAMS, retry, "you have " + held
                    + " live streams open, the limit per login; close one (a closed connection is noticed within "
                    + settings.heartbeat().toSeconds() + " s)");
        }
        perUser.put(user, held + 1);
        reserved++;
    }

    private synchronized void unreserve(String user) {
        perUser.computeIfPresent(user, (u, n) -> n <= 1 ? null : n - 1);
        reserved--;
    }

    @Override
    public void ended(LiveStream stream) {
        ScheduledFuture<?> deadline = active.remove(stream);
        if (deadline == null) {
            return; // ended before, or not yet opened
        }
        deadline.cancel(false);
        unreserve(stream.user());
        ended.get(stream.endReason()).increment();
    }

    @Override
    public void released(LiveStream stream) {
        connected.remove(stream);
    }

    /** The instant the login stops being valid: a bearer token's expiry; none for a password login. */
    private static Instant expiry(Authentication login) {
        return login instanceof AbstractOAuth2TokenAuthenticationToken<?> token ? token.getToken().getExpiresAt() : null;
    }

    /** Idle streams get a comment every heartbeat; stalled ones are ended, and closed if even that is not taken. */
    private void tick(boolean heartbeat) {
        for (LiveStream stream : connected) {
            if (stream.stalled(settings.stallTimeout())) {
                if (stream.ending()) {
                    stream.release(null);
                } else {
                    stream.end(LiveStream.EndReason.TOO_SLOW, "the stream took no bytes for "
                            + settings.stallTimeout().toSeconds() + " s while events waited: reconnect with Last-Event-ID");
                }
            } else if (heartbeat) {
                stream.ping();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        long beat = settings.heartbeat().toMillis();
        long tick = Math.min(beat, TICK.toMillis());
        long[] sinceBeat = {0};
        ticks.scheduleWithFixedDelay(() -> {
            sinceBeat[0] += tick;
            boolean heartbeat = sinceBeat[0] >= beat;
            if (heartbeat) {
                sinceBeat[0] = 0;
            }
            tick(heartbeat);
        }, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Every stream gets its final event (SHUTDOWN) before the web server stops; what is left is closed. */
    @Override
    public void stop() {
        running = false;
        for (LiveStream stream : connected) {
            stream.end(LiveStream.EndReason.SHUTDOWN, "the service is stopping: reconnect with Last-Event-ID");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!connected.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (LiveStream stream : connected) {
            stream.release(null);
        }
        ticks.shutdownNow();
        writers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static CustomizableThreadFactory daemon(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }
}
