package org.strategylifecycle.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.CommandAccepted;

import java.util.UUID;
import java.util.function.Function;

/**
 * What a command request says besides its body: who sends it (the login, never the body), the
 * version the client saw ({@code If-Match}), and its {@code Idempotency-Key}. Controllers build
 * their command from the body and hand it here to be sent.
 */
public final class CommandContext {

    private final String actor;
    private final Long expectedVersion;
    private final String idempotencyKey;
    private final String method;
    private final String path;
    private final CommandSender sender;

    CommandContext(String actor, Long expectedVersion, String idempotencyKey, String method, String path,
                   CommandSender sender) {
        this.actor = actor;
        this.expectedVersion = expectedVersion;
        this.idempotencyKey = idempotencyKey;
        this.method = method;
        this.path = path;
        this.sender = sender;
    }

    String actor() {
        return actor;
    }

    /** The aggregate version from {@code If-Match}, or null when the client sent none. */
    public Long expectedVersion() {
        return expectedVersion;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The client's id for a new thing, or a fresh UUID when it sent none. */
    public String idOr(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }

    /** Sends a command that creates something: 201 with the Location ({@link Locations}) where it is read. */
    public ResponseEntity<CommandAccepted> create(ChangeRequest body, Function<CommandAccepted, String> location,
                                                  Function<Change, Object> command) {
        return sender.send(this, body, HttpStatus.CREATED, location, () -> command.apply(change(body, ChangeKind.REVISION)));
    }

    /** Sends a revision of the plan: 200. */
    public ResponseEntity<CommandAccepted> revise(ChangeRequest body, Function<Change, Object> command) {
        return sender.send(this, body, HttpStatus.OK, null, () -> command.apply(change(body, ChangeKind.REVISION)));
    }

    /** Sends a correction of what was recorded: 200. */
    public ResponseEntity<CommandAccepted> correct(ChangeRequest body, Function<Change, Object> command) {
        return sender.send(this, body, HttpStatus.OK, null, () -> command.apply(change(body, ChangeKind.CORRECTION)));
    }

    private Change change(ChangeRequest body, ChangeKind kind) {
        return new Change(body.effectiveDate(), actor, body.rationale(), body.source(), kind);
    }
}
