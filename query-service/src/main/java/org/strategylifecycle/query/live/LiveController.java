package org.strategylifecycle.query.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

/** Subscriptions for dashboards: the changes of one edition, or of all (the activity feed). */
@RestController
class LiveController {

    private final LiveUpdates updates;

    LiveController(LiveUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(value = "/api/strategies/{strategyId}/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter edition(@PathVariable String strategyId) throws IOException {
        return updates.subscribe(strategyId);
    }

    @GetMapping(value = "/api/activity/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter activity() throws IOException {
        return updates.subscribe(LiveUpdates.ALL);
    }
}
