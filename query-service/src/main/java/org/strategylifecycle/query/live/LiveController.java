package org.strategylifecycle.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.Refuses;
import org.strategylifecycle.support.web.Problems;

import java.io.IOException;

import static org.strategylifecycle.api.common.ErrorCode.INVALID_LAST_EVENT_ID;
import static org.strategylifecycle.api.common.ErrorCode.LIVE_STREAMS_EXHAUSTED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.TOO_MANY_STREAMS;

/**
 * Live updates as server-sent events, for dashboards: the changes of one edition, or of all (the
 * activity feed), from the present or from a {@code Last-Event-ID} (docs/http-api.md, "Live updates").
 * Every refusal is answered before the stream opens.
 */
@Tag(name = "Live changes", description = "Server-sent events for dashboards (every role; actors for auditors and admins)")
@RestController
class LiveController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    /** How the streams are written (SseFrames); springdoc cannot describe a stream by itself. */
    private static final String EVENTS = """
            A stream of server-sent events (text/event-stream): first `subscribed`, then one `change` per \
            change once the read models hold it (`id:` an opaque cursor, `data:` a ChangeNotice as JSON), \
            `reset` when a resumption predates a rebuild, and last `end` with its reason and the id to \
            resume from. Comment lines are heartbeats. See docs/http-api.md, "Query API: live updates".""";
    private static final String RESUME = "The last `id:` seen, to resume after it (the header wins over the parameter)";

    private final LiveStreams streams;
    private final EditionReader editions;
    private final ChangeLog log;

    LiveController(LiveStreams streams, EditionReader editions, ChangeLog log) {
        this.streams = streams;
        this.editions = editions;
        this.log = log;
    }

    @GetMapping(value = "/api/strategies/{strategyId}/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamEditionChanges", summary = "Follow an edition's changes (server-sent events)")
    @ApiResponse(responseCode = "200", description = EVENTS, content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = ChangeNotice.class)))
    @Refuses({STRATEGY_NOT_FOUND, INVALID_LAST_EVENT_ID, TOO_MANY_STREAMS, LIVE_STREAMS_EXHAUSTED})
    void edition(@PathVariable String strategyId,
                 @Parameter(description = RESUME) @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
                 @Parameter(description = RESUME) @RequestParam(value = "lastEventId", required = false) String lastEventIdParameter,
                 Authentication login, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cursor from = resumeFrom(lastEventId, lastEventIdParameter);
        editions.require(strategyId);
        streams.open(strategyId, from, login, request, response);
    }

    @GetMapping(value = "/api/activity/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamActivity", summary = "Follow every change (server-sent events)")
    @ApiResponse(responseCode = "200", description = EVENTS, content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = ChangeNotice.class)))
    @Refuses({INVALID_LAST_EVENT_ID, TOO_MANY_STREAMS, LIVE_STREAMS_EXHAUSTED})
    void activity(@Parameter(description = RESUME) @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
                  @Parameter(description = RESUME) @RequestParam(value = "lastEventId", required = false) String lastEventIdParameter,
                  Authentication login, HttpServletRequest request, HttpServletResponse response) throws IOException {
        streams.open(null, resumeFrom(lastEventId, lastEventIdParameter), login, request, response);
    }

    /** The header wins over the parameter; an id naming a transaction not yet begun was never sent. */
    private Cursor resumeFrom(String header, String parameter) {
        Cursor from = Cursor.parse(header != null ? header : parameter);
        if (from != null && !log.reached(from)) {
            throw new StrategyException(ErrorCode.INVALID_LAST_EVENT_ID,
                    "Last-Event-ID " + from + " is not an id of these streams (it lies ahead of every change)");
        }
        return from;
    }

    @ExceptionHandler(LiveStreams.Refused.class)
    ResponseEntity<ProblemDetail> refused(LiveStreams.Refused refused) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.code().status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refused.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
        }
        if (refused.code() == ErrorCode.UNAUTHENTICATED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        return answer.body(Problems.of(refused.code(), refused.getMessage()));
    }
}
