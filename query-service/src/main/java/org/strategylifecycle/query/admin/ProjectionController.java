package org.strategylifecycle.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.support.openapi.Refuses;

import java.net.URI;
import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.FORBIDDEN;
import static org.strategylifecycle.api.common.ErrorCode.PROJECTION_BUSY;
import static org.strategylifecycle.api.common.ErrorCode.PROJECTION_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.SEGMENT_NOT_CLAIMED;

/** For admins: how far each projection is, rebuilding one from the event store, and moving a segment to another process. */
@Tag(name = "Projections (admin)", description = "How far each read model is; rebuild one; hand a segment to another process")
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectionController {

    private final Projections projections;
    private final String publicUrl;

    ProjectionController(Projections projections, @Value("${strategy.public-url.query}") String publicUrl) {
        this.projections = projections;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping
    @Operation(operationId = "listProjections", summary = "Every projection's processor and segments")
    @Refuses(FORBIDDEN)
    List<ProjectionView> projections() {
        return projections.all();
    }

    @GetMapping("/{name}")
    @Operation(operationId = "getProjection", summary = "One projection's processor and segments")
    @Refuses({FORBIDDEN, PROJECTION_NOT_FOUND})
    ProjectionView projection(@PathVariable String name) {
        return projections.status(name);
    }

    /** Accepted once the read models are emptied; the replay runs in the background: watch the status until caught up. */
    @PostMapping("/{name}/rebuild")
    @Operation(operationId = "rebuildProjection", summary = "Rebuild a projection from the first event", description = """
            Empties the projection's tables and replays it from the first event, in the background: \
            watch the status (Location) until it has caught up. With `readModel` (of `editions`: `editions`, \
            `links`, `measures`, `annotations`), only that read model is emptied and rebuilt; the others \
            keep answering.""")
    @ApiResponse(responseCode = "202", description = "Accepted: the rebuild runs", useReturnTypeSchema = true)
    @Refuses({FORBIDDEN, PROJECTION_NOT_FOUND, PROJECTION_BUSY})
    ResponseEntity<RebuildView> rebuild(@PathVariable String name,
                                        @Parameter(description = "rebuild only this read model of the projection")
                                        @RequestParam(required = false) String readModel) {
        projections.rebuild(name, readModel);
        return accepted(name, "the read models were emptied and are being rebuilt from the first event; "
                + "done when the status shows position at the head it had now (caughtUp)");
    }

    /**
     * Applies every parked event again, each sequence in order from its first; a sequence whose events
     * all apply now leaves the queue, one that fails again stays parked with its new error.
     */
    @PostMapping("/{name}/parked/retry")
    @Operation(operationId = "retryParkedEvents", summary = "Apply the parked events again", description = """
            Each parked sequence is applied again in order from its first event; a sequence that now applies \
            leaves the queue, one that fails again stays parked with its new error.""")
    @Refuses({FORBIDDEN, PROJECTION_NOT_FOUND})
    RetryView retryParked(@PathVariable String name) {
        return projections.retryParked(name);
    }

    @PostMapping("/{name}/segments/{segment}/release")
    @Operation(operationId = "releaseSegment", summary = "Let another process claim a segment", description = """
            Releases segment `segment` of this process for 30 s, so that another query-service process \
            may claim it.""")
    @ApiResponse(responseCode = "202", description = "Accepted: the segment is released", useReturnTypeSchema = true)
    @Refuses({FORBIDDEN, PROJECTION_NOT_FOUND, SEGMENT_NOT_CLAIMED})
    ResponseEntity<RebuildView> release(@PathVariable String name, @PathVariable int segment) {
        projections.release(name, segment);
        return accepted(name, "segment " + segment + " was released for " + Projections.RELEASED_FOR.toSeconds()
                + " s; another process may claim it (see its owner in the status)");
    }

    private ResponseEntity<RebuildView> accepted(String name, String message) {
        String status = "/api/admin/projections/" + name;
        return ResponseEntity.accepted().location(URI.create(publicUrl + status)).body(new RebuildView(name, status, message));
    }
}
