package org.strategylifecycle.query.live;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One subscriber's server-sent event stream, written with the servlet container's non-blocking
 * output: bytes go out only while the connection takes them ({@code isReady}), so no thread ever
 * waits on a client. Change events wait in a bounded queue; when it is full the feed stops queueing
 * and serves the stream from the history later, at the pace it reads ({@link ChangeFeed}). A stream
 * that takes no bytes for the stall timeout while events wait, whose login expires, or that reaches
 * its maximum duration gets a final {@code end} event saying why and from where to resume, and is closed.
 */
final class LiveStream implements WriteListener, AsyncListener {

    /** Why a stream ended; sent as the {@code reason} of the final {@code end} event. */
    enum EndReason {
        /** The client took no bytes for the stall timeout while events waited. */
        TOO_SLOW,
        /** The token the stream was opened with expired: reconnect with a fresh one. */
        TOKEN_EXPIRED,
        /** The stream reached the longest a stream lasts. */
        MAX_DURATION,
        /** The service is shutting down. */
        SHUTDOWN,
        /** The client went away (never sent: counted only). */
        CLOSED
    }

    /** What the stream writes: bytes, the event id they carry (or null) and whether they count against the buffer. */
    private record Frame(byte[] bytes, Cursor id, boolean change) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveStream.class);
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final String user;
    private final String strategyId;
    private final boolean actors;
    private final Cursor resumeFrom;
    private final int capacity;
    private final Executor writers;
    private final Runnable drained;
    private final Owner owner;
    private final Frames frames;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private AsyncContext async;
    private ServletOutputStream out;
    private int changes;
    private boolean opened;
    private boolean unflushed;
    private boolean blocked;
    private volatile boolean ending;
    private volatile EndReason endReason = EndReason.CLOSED;
    private volatile boolean closed;
    private boolean behind;
    private Cursor started;
    private Cursor written;
    private long lastMove = System.nanoTime();

    /** Read and written by the feed's thread only: every change of this stream up to it has been queued. */
    Cursor cursor;

    LiveStream(String user, String strategyId, boolean actors, Cursor resumeFrom, int capacity, Executor writers,
               Runnable drained, Owner owner, Frames frames) {
        this.user = user;
        this.strategyId = strategyId;
        this.actors = actors;
        this.resumeFrom = resumeFrom;
        this.capacity = capacity;
        this.writers = writers;
        this.drained = drained;
        this.owner = owner;
        this.frames = frames;
    }

    /** Takes over the request's response; the first bytes go out once the container says it can write. */
    void open(AsyncContext context, Duration timeout) throws IOException {
        lock.lock();
        try {
            async = context;
            async.setTimeout(timeout.toMillis());
            async.addListener(this);
            queue.add(new Frame(frames.opening(), null, false));
            out = async.getResponse().getOutputStream();
            out.setWriteListener(this);
        } finally {
            lock.unlock();
        }
    }

    String user() {
        return user;
    }

    String strategyId() {
        return strategyId;
    }

    Cursor resumeFrom() {
        return resumeFrom;
    }

    boolean closed() {
        return closed;
    }

    boolean wants(ChangeLog.Row row) {
        return !row.replayed() && (strategyId == null || strategyId.equals(row.notice().strategyId()));
    }

    /**
     * Room for change events; the feed serves a stream that is behind from the history only up to
     * it, and is woken ({@code drained}) once the client has taken half of what waits.
     */
    int room() {
        lock.lock();
        try {
            behind = true;
            return ending || closed ? 0 : capacity - changes;
        } finally {
            lock.unlock();
        }
    }

    /** The first event: where the stream starts, so that a reconnect before any change resumes from there. */
    void started(Cursor from, boolean rebuiltSince) {
        lock.lock();
        try {
            started = from;
        } finally {
            lock.unlock();
        }
        enqueue(new Frame(frames.subscribed(from, strategyId, actors), from, false));
        if (rebuiltSince) {
            enqueue(new Frame(frames.reset(from), from, false));
        }
    }

    /** Queues a change unless the queue is full; false when full (the feed then serves it from the history). */
    boolean offer(ChangeLog.Row row) {
        lock.lock();
        try {
            if (ending || closed) {
                return true;
            }
            if (changes >= capacity) {
                behind = true;
                return false;
            }
            changes++;
            add(new Frame(frames.change(row, actors), row.cursor(), true));
        } finally {
            lock.unlock();
        }
        signal();
        return true;
    }

    /** An idle stream gets a comment: writing it is how a connection the client closed is noticed. */
    void ping() {
        lock.lock();
        try {
            if (!queue.isEmpty() || ending || closed) {
                return;
            }
            add(new Frame(PING, null, false));
        } finally {
            lock.unlock();
        }
        signal();
    }

    /** Drops what waits and queues the final event; the stream closes once it is written (or stalls). */
    void end(EndReason reason, String detail) {
        lock.lock();
        try {
            if (ending || closed) {
                return;
            }
            ending = true;
            endReason = reason;
            queue.clear();
            changes = 0;
            Cursor resumePoint = written != null ? written : started != null ? started : resumeFrom;
            add(new Frame(frames.end(reason, resumePoint, detail), resumePoint, false));
        } finally {
            lock.unlock();
        }
        LOG.debug("ending the live stream of {}: {}", user, reason);
        owner.ended(this);
        signal();
    }

    /** True when bytes have waited longer than {@code stall} without the client taking any. */
    boolean stalled(Duration stall) {
        lock.lock();
        try {
            return !closed && (blocked || !queue.isEmpty()) && System.nanoTime() - lastMove > stall.toNanos();
        } finally {
            lock.unlock();
        }
    }

    boolean ending() {
        return ending;
    }

    EndReason endReason() {
        return endReason;
    }

    @Override
    public void onWritePossible() {
        lock.lock();
        try {
            opened = true;
        } finally {
            lock.unlock();
        }
        drain();
    }

    @Override
    public void onError(Throwable t) {
        release(t);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        release(null);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        release(null);
    }

    @Override
    public void onError(AsyncEvent event) {
        release(event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // a stream is started once
    }

    /** Closes the stream at once, as the client or the container did, and gives back its place. */
    void release(Throwable cause) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            changes = 0;
        } finally {
            lock.unlock();
        }
        if (cause != null) {
            LOG.debug("live stream of {} went away", user, cause);
        }
        try {
            async.complete();
        } catch (IllegalStateException alreadyDone) {
            // the container completed it first
        }
        owner.ended(this);
        owner.released(this);
    }

    private void add(Frame frame) {
        if (queue.isEmpty()) {
            lastMove = System.nanoTime();
        }
        queue.add(frame);
    }

    private void enqueue(Frame frame) {
        lock.lock();
        try {
            if (ending || closed) {
                return;
            }
            add(frame);
        } finally {
            lock.unlock();
        }
        signal();
    }

    /** Writing happens on the writers' executor or the container's thread, never on the feed's. */
    private void signal() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                writers.execute(() -> {
                    scheduled.set(false);
                    drain();
                });
            } catch (RejectedExecutionException stopping) {
                scheduled.set(false); // the service is stopping: its streams are being closed
            }
        }
    }

    /**
     * Writes while the connection takes bytes. When it stops taking them ({@code isReady} false) the
     * container calls {@link #onWritePossible} once it does again; nothing waits meanwhile.
     */
    private void drain() {
        Throwable failure = null;
        boolean finished = false;
        boolean wantsMore = false;
        lock.lock();
        try {
            if (!opened || closed) {
                return;
            }
            while (true) {
                if (!out.isReady()) {
                    blocked = true;
                    break;
                }
                blocked = false;
                Frame frame = queue.poll();
                if (frame == null) {
                    if (unflushed) {
                        out.flush();
                        unflushed = false;
                        continue;
                    }
                    lastMove = System.nanoTime();
                    finished = ending;
                    break;
                }
                out.write(frame.bytes());
                unflushed = true;
                lastMove = System.nanoTime();
                if (frame.id() != null) {
                    written = frame.id();
                }
                if (frame.change()) {
                    changes--;
                }
            }
            if (behind && changes <= capacity / 2) {
                behind = false;
                wantsMore = true;
            }
        } catch (IOException | IllegalStateException e) {
            failure = e;
        } finally {
            lock.unlock();
        }
        if (failure != null || finished) {
            release(failure);
        } else if (wantsMore) {
            drained.run();
        }
    }

    @Override
    public String toString() {
        return "live stream of " + user + " on " + (strategyId == null ? "all editions" : strategyId);
    }

    /**
     * Who keeps the stream: told when it ends (its place is given back at once, while the final event
     * may still be on its way) and when its connection is closed.
     */
    interface Owner {

        void ended(LiveStream stream);

        void released(LiveStream stream);
    }

    /** How the stream's events are written (SSE text); one per service, shared by its streams. */
    interface Frames {

        byte[] opening();

        byte[] subscribed(Cursor from, String strategyId, boolean actors);

        byte[] reset(Cursor from);

        byte[] change(ChangeLog.Row row, boolean actors);

        byte[] end(EndReason reason, Cursor lastEventId, String detail);
    }
}
