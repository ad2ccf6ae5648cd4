package org.strategylifecycle.query.live;

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
import org.strategylifecycle.support.web.Problems;

import java.io.IOException;

/**
 * Live updates as server-sent events, for dashboards: the changes of one edition, or of all (the
 * activity feed), from the present or from a {@code Last-Event-ID} (docs/http-api.md, "Live updates").
 * Every refusal is answered before the stream opens.
 */
@RestController
class LiveController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final LiveStreams streams;
    private final EditionReader editions;
    private final ChangeLog log;

    LiveController(LiveStreams streams, EditionReader editions, ChangeLog log) {
        this.streams = streams;
        this.editions = editions;
        this.log = log;
    }

    @GetMapping(value = "/api/strategies/{strategyId}/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void edition(@PathVariable String strategyId,
                 @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
                 @RequestParam(value = "lastEventId", required = false) String lastEventIdParameter,
                 Authentication login, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cursor from = resumeFrom(lastEventId, lastEventIdParameter);
        editions.require(strategyId);
        streams.open(strategyId, from, login, request, response);
    }

    @GetMapping(value = "/api/activity/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void activity(@RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
                  @RequestParam(value = "lastEventId", required = false) String lastEventIdParameter,
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
