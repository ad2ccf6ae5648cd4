package org.strategylifecycle.query.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Follows the history table and hands each new row to the streams that want it. One thread per
 * process reads it, woken by the notification every batch of the projection sends at commit
 * ({@link ChangeSignals}) or, failing that, every poll interval; it reads in the order of
 * {@link ChangeLog}, so it sees every change whichever process projected it, and never waits on a
 * client: a stream whose queue is full is left behind and served later from the history, up to its
 * room, as the client reads. A stream resumed with {@code Last-Event-ID} is served from the history
 * the same way until it has caught up.
 */
@Component
class ChangeFeed implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int PAGE = 500;
    private static final Duration SOON = Duration.ofMillis(10);

    private final ChangeLog log;
    private final LiveSettings settings;
    private final ChangeSignals signals;
    private final Counter notices;
    private final Queue<LiveStream> joining = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean signalled;
    private volatile boolean running;
    private Thread thread;

    // The feed thread's own state.
    private final List<LiveStream> streams = new ArrayList<>();
    private Cursor head;
    private Duration waitingFor = SOON;

    ChangeFeed(ChangeLog log, LiveSettings settings, JdbcConnectionDetails database, MeterRegistry meters) {
        this.log = log;
        this.settings = settings;
        this.signals = new ChangeSignals(database, this::wake);
        this.notices = Counter.builder("strategy.live.notices")
                .description("Change events queued for live streams").register(meters);
    }

    /** A new stream: the feed starts it where it asked (Last-Event-ID) or at the present. */
    void join(LiveStream stream) {
        joining.add(stream);
        wake();
    }

    void wake() {
        lock.lock();
        try {
            signalled = true;
            woken.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        signals.start();
        thread = new Thread(this::follow, "live-updates-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        signals.stop();
        wake();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        boolean failing = false;
        while (running) {
            Duration wait;
            try {
                wait = cycle();
                if (failing) {
                    LOG.info("live updates read the history again");
                    failing = false;
                }
            } catch (DataAccessException e) {
                if (!failing) {
                    LOG.warn("live updates cannot read the history, retrying every {}: {}", settings.pollInterval(),
                            e.getMostSpecificCause().getMessage());
                    failing = true;
                }
                wait = settings.pollInterval();
            } catch (RuntimeException e) {
                LOG.error("live updates failed; retrying", e);
                wait = settings.pollInterval();
            }
            await(wait);
        }
    }

    /** One round: admit new streams, serve those behind, hand out what is new. Answers how long to wait. */
    private Duration cycle() {
        if (head == null) {
            head = log.now();
        }
        streams.removeIf(LiveStream::closed);
        admit();
        if (streams.isEmpty()) {
            // No one to hand rows to: the head moves to the present unread (a replay would otherwise
            // read every row it writes, docs/benchmarks.md "Live updates with no one listening"). A
            // stream that joins later starts at the head, or is served what it resumes from out of the history.
            head = Cursor.max(head, log.now());
            waitingFor = SOON; // a stream that joins starts its back-off afresh
            return settings.pollInterval();
        }
        boolean more = serveBehind();
        Cursor before = head;
        ChangeLog.Page page;
        do {
            page = log.after(head, PAGE);
            handOut(page);
        } while (page.full() && running);
        if (more) {
            return Duration.ZERO;
        }
        if (!page.waiting()) {
            waitingFor = SOON;
            return settings.pollInterval();
        }
        // Rows are committed beyond the horizon: read again once the older transactions (usually
        // commands, milliseconds long) have ended, backing off while one lasts.
        waitingFor = head.equals(before) ? min(waitingFor.multipliedBy(2), settings.pollInterval()) : SOON;
        return waitingFor;
    }

    private void admit() {
        if (joining.isEmpty()) {
            return;
        }
        long resetBy = log.resetBy();
        for (LiveStream stream; (stream = joining.poll()) != null; ) {
            if (stream.closed()) {
                continue;
            }
            Cursor from = stream.resumeFrom();
            boolean rebuilt = from != null && from.transaction() <= resetBy;
            if (from == null || rebuilt) {
                from = head;
            }
            stream.cursor = from;
            stream.started(from, rebuilt);
            streams.add(stream);
        }
    }

    /**
     * Streams behind the head (resumed, or left behind when their queue was full) get what they
     * missed from the history, as much as they have room for. Answers whether one can take more now.
     */
    private boolean serveBehind() {
        boolean more = false;
        int enough = Math.max(1, settings.buffer() / 2);
        for (LiveStream stream : streams) {
            if (stream.closed() || !head.isAfter(stream.cursor)) {
                continue;
            }
            int room = stream.room();
            if (room < enough) {
                continue;
            }
            List<ChangeLog.Row> rows = log.between(stream.strategyId(), stream.cursor, head, room);
            boolean all = true;
            for (ChangeLog.Row row : rows) {
                if (stream.wants(row)) {
                    if (!stream.offer(row)) {
                        all = false;
                        break;
                    }
                    notices.increment();
                }
                stream.cursor = row.cursor();
            }
            if (all && rows.size() < room) {
                stream.cursor = head; // nothing more of it up to the head
            } else {
                more |= stream.room() >= enough;
            }
        }
        return more;
    }

    /** Gives each row of the page to the streams at the head that want it; moves the head past the page. */
    private void handOut(ChangeLog.Page page) {
        List<LiveStream> current = new ArrayList<>(streams.size());
        for (LiveStream stream : streams) {
            if (!stream.closed() && !head.isAfter(stream.cursor)) {
                current.add(stream);
            }
        }
        for (ChangeLog.Row row : page.rows()) {
            for (int i = 0; i < current.size(); i++) {
                LiveStream stream = current.get(i);
                if (!row.cursor().isAfter(stream.cursor)) {
                    continue; // resumed with an id another process had already reached
                }
                if (stream.wants(row)) {
                    if (!stream.offer(row)) {
                        current.remove(i--); // full: from now on served from the history
                        continue;
                    }
                    notices.increment();
                }
                stream.cursor = row.cursor();
            }
        }
        head = page.next(head);
        for (LiveStream stream : current) {
            stream.cursor = Cursor.max(stream.cursor, head);
        }
    }

    private void await(Duration wait) {
        lock.lock();
        try {
            long nanos = wait.toNanos();
            while (!signalled && nanos > 0 && running) {
                nanos = woken.awaitNanos(nanos);
            }
            signalled = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
