package org.strategylifecycle.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.command.idempotency.KeyedRequest;

import java.util.UUID;
import java.util.function.BiFunction;
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
    private final String target;
    private final String pathId;
    private final CommandSender sender;
    private String createdId;

    /**
     * {@code target} is the path with its query; {@code pathId} the id the path names last (element,
     * annotation, alignment, edition or line), which is what a command on an existing thing answers with.
     */
    CommandContext(String actor, Long expectedVersion, String idempotencyKey, String method, String target,
                   String pathId, CommandSender sender) {
        this.actor = actor;
        this.expectedVersion = expectedVersion;
        this.idempotencyKey = idempotencyKey;
        this.method = method;
        this.target = target;
        this.pathId = pathId;
        this.sender = sender;
    }

    /** The login that sends the command. */
    public String actor() {
        return actor;
    }

    /** The aggregate version from {@code If-Match}, or null when the client sent none. */
    public Long expectedVersion() {
        return expectedVersion;
    }

    /** The request's Idempotency-Key with who sent it and a hash of the request, or null without a key. */
    public KeyedRequest keyedRequest(byte[] body) {
        return idempotencyKey == null ? null : KeyedRequest.of(actor, idempotencyKey, method, target, body);
    }

    /**
     * The client's id for a new thing; else a fresh UUID, or, for a keyed request, one derived from its
     * key, so that a retry names the same new thing as the first attempt.
     */
    public String idOr(String given) {
        createdId = given != null ? given
                : idempotencyKey != null ? KeyedRequest.createdId(actor, idempotencyKey)
                : UUID.randomUUID().toString();
        return createdId;
    }

    /** The id a command of this request answers with: the thing it creates, or the one its path names. */
    String answerId() {
        return createdId != null ? createdId : pathId;
    }

    /** Sends a command that creates something: 201 with the Location ({@link Locations}) where it is read. */
    public ResponseEntity<CommandAccepted> create(ChangeRequest body, Function<CommandAccepted, String> location,
                                                  Function<Change, Object> command) {
        return sender.send(this, body, HttpStatus.CREATED, location, () -> command.apply(change(body, ChangeKind.REVISION)));
    }

    /**
     * Sends a command that adds an element to the edition {@code strategyId} under the client's id or one
     * made here ({@link #idOr}): 201 with the Location where the element is read.
     */
    public ResponseEntity<CommandAccepted> createElement(String strategyId, String givenId, ChangeRequest body,
                                                         BiFunction<String, Change, Object> command) {
        String elementId = idOr(givenId);
        return create(body, Locations.newElement(strategyId), change -> command.apply(elementId, change));
    }

    /** Sends a revision of the plan: 200. */
    public ResponseEntity<CommandAccepted> revise(ChangeRequest body, Function<Change, Object> command) {
        return sender.send(this, body, HttpStatus.OK, null, () -> command.apply(change(body, ChangeKind.REVISION)));
    }

    /** Sends a revision of one element that carries nothing but its change (retire, complete, remove): 200. */
    public ResponseEntity<CommandAccepted> reviseElement(String strategyId, String elementId, ChangeBody body,
                                                         ElementChange command) {
        return revise(body, change -> command.of(strategyId, expectedVersion, elementId, change));
    }

    /** Sends a correction of what was recorded: 200. */
    public ResponseEntity<CommandAccepted> correct(ChangeRequest body, Function<Change, Object> command) {
        return sender.send(this, body, HttpStatus.OK, null, () -> command.apply(change(body, ChangeKind.CORRECTION)));
    }

    /**
     * Sends a command whose answer is its own (a StratML import's): keyed by the request's bytes as they
     * came, since a document is not JSON to be parsed first.
     */
    public <R> R send(byte[] body, Object command) {
        return sender.sendAndWait(this, body, command);
    }

    private Change change(ChangeRequest body, ChangeKind kind) {
        return new Change(body.effectiveDate(), actor, body.rationale(), body.source(), kind);
    }

    /** A command on one element that carries nothing but its change, as its constructor: {@code RetireGoal::new}. */
    @FunctionalInterface
    public interface ElementChange {

        Object of(String strategyId, Long expectedVersion, String elementId, Change change);
    }
}
