package org.strategylifecycle.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.strategylifecycle.support.openapi.Refuses;

import java.io.IOException;

import static org.strategylifecycle.api.common.ErrorCode.FORBIDDEN;

/** Subscriptions for dashboards: the changes of one edition, or of all (the activity feed). */
@Tag(name = "Live changes", description = "Server-sent events for dashboards (auditors and admins)")
@RestController
class LiveController {

    /** How the streams are written ({@link LiveUpdates}); springdoc would describe the SseEmitter class instead. */
    private static final String EVENTS = """
            A stream of server-sent events (text/event-stream), one per change once the read model has \
            applied it: `event: change`, `id:` its event-store position, `data:` a ChangeNotice as JSON. \
            The stream starts with a comment line and ends after 30 minutes (the client reconnects).""";

    private final LiveUpdates updates;

    LiveController(LiveUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(value = "/api/strategies/{strategyId}/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamEditionChanges", summary = "Subscribe to an edition's changes (server-sent events)")
    @ApiResponse(responseCode = "200", description = EVENTS, content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = ChangeNotice.class)))
    @Refuses(FORBIDDEN)
    SseEmitter edition(@PathVariable String strategyId) throws IOException {
        return updates.subscribe(strategyId);
    }

    @GetMapping(value = "/api/activity/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamActivity", summary = "Subscribe to all changes (server-sent events)")
    @ApiResponse(responseCode = "200", description = EVENTS, content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = ChangeNotice.class)))
    @Refuses(FORBIDDEN)
    SseEmitter activity() throws IOException {
        return updates.subscribe(LiveUpdates.ALL);
    }
}
