package org.strategylifecycle.query.admin;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** For admins: how far each projection is, rebuilding one from the event store, and moving a segment to another process. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    List<ProjectionView> projections() {
        return projections.all();
    }

    @GetMapping("/{name}")
    ProjectionView projection(@PathVariable String name) {
        return projections.status(name);
    }

    /** Accepted once the read models are emptied; the replay runs in the background: watch the status until caught up. */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<RebuildView> rebuild(@PathVariable String name) {
        projections.rebuild(name);
        return accepted(name, "the read models were emptied and are being rebuilt from the first event; "
                + "done when the status shows position at the head it had now (caughtUp)");
    }

    /**
     * Applies every parked event again, each sequence in order from its first; a sequence whose events
     * all apply now leaves the queue, one that fails again stays parked with its new error.
     */
    @PostMapping("/{name}/parked/retry")
    RetryView retryParked(@PathVariable String name) {
        return projections.retryParked(name);
    }

    @PostMapping("/{name}/segments/{segment}/release")
    ResponseEntity<RebuildView> release(@PathVariable String name, @PathVariable int segment) {
        projections.release(name, segment);
        return accepted(name, "segment " + segment + " was released for " + Projections.RELEASED_FOR.toSeconds()
                + " s; another process may claim it (see its owner in the status)");
    }

    private static ResponseEntity<RebuildView> accepted(String name, String message) {
        String status = "/api/admin/projections/" + name;
        return ResponseEntity.accepted().location(URI.create(status)).body(new RebuildView(name, status, message));
    }
}
