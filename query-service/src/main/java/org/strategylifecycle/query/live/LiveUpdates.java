package org.strategylifecycle.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events for dashboards, fed by the projection itself: a notice is sent only after the
 * transaction that applied the change has committed, so a subscriber that reads on a notice sees it.
 */
@Component
public class LiveUpdates {

    /** The key of the feed of all editions. */
    static final String ALL = "*";
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();

    /** Opens a stream; a first comment is sent at once so the client has the response before any change. */
    SseEmitter subscribe(String key) throws IOException {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        List<SseEmitter> list = subscribers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> list.remove(emitter));
        emitter.onError(e -> list.remove(emitter));
        emitter.send(SseEmitter.event().comment("subscribed to " + key));
        list.add(emitter);
        return emitter;
    }

    /** Called by the projection inside its transaction; the notice goes out after the commit. */
    public void changed(ChangeNotice notice) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(notice);
                }
            });
        } else {
            send(notice);
        }
    }

    private void send(ChangeNotice notice) {
        for (String key : notice.strategyId() == null ? List.of(ALL) : List.of(ALL, notice.strategyId())) {
            for (SseEmitter emitter : subscribers.getOrDefault(key, List.of())) {
                try {
                    emitter.send(SseEmitter.event().name("change").id(Long.toString(notice.position())).data(notice));
                } catch (IOException | IllegalStateException e) {
                    LOG.debug("dropping a subscriber that went away", e);
                    emitter.completeWithError(e);
                }
            }
        }
    }
}
