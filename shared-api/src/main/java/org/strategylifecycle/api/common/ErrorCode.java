package org.strategylifecycle.api.common;

/**
 * Every way a request can be refused, with the HTTP status it is answered with. The same codes appear
 * in the aggregates, in the problem details ({@code code} property) and in docs/http-api.md.
 */
public enum ErrorCode {
    // The request itself is malformed or a field is invalid: 400.
    MALFORMED_REQUEST(400, "The request body is not valid JSON"),
    MALFORMED_HTTP(400, "The request line, path or a header is not valid HTTP, or too long"),
    UNKNOWN_FIELD(400, "The request has a field this command does not take"),
    UNKNOWN_PARAMETER(400, "The request has a query parameter this endpoint does not take"),
    INVALID_VALUE(400, "A field has a value of the wrong type or form"),
    INVALID_DATE(400, "A date is not a real calendar date (yyyy-MM-dd)"),
    INVALID_ID(400, "An identifier does not have the allowed form"),
    FIELD_REQUIRED(400, "A required field is missing or blank"),
    TEXT_TOO_LONG(400, "A text field is longer than allowed"),
    INVALID_CHARACTER(400, "A text holds a control character (tab and newline only where the field allows them)"),
    INVALID_ENCODING(400, "The request body is not UTF-8"),
    RATIONALE_REQUIRED(400, "This change needs a rationale"),
    INVALID_PROVENANCE(400, "A stated link needs a citation, an inferred one its basis"),
    INVALID_PRECONDITION(400, "If-Match must be a version number"),
    INVALID_IDEMPOTENCY_KEY(400, "Idempotency-Key must be 1 to 100 visible characters"),
    STRATML_MALFORMED(400, "The document is not well-formed XML"),
    STRATML_UNSAFE(400, "The document declares a DTD or entities, which are refused"),
    STRATML_INVALID(400, "The document is not valid StratML (Part 1 StrategicPlan or Part 2 PerformancePlanOrReport)"),
    INVALID_LAST_EVENT_ID(400, "Last-Event-ID is not an event id of the live updates"),
    // Who may do what: 401, 403.
    UNAUTHENTICATED(401, "Credentials are missing or wrong"),
    FORBIDDEN(403, "The authenticated user's role may not do this"),
    // Unknown things: 404.
    STRATEGY_NOT_FOUND(404, "No strategy edition has this id"),
    LINE_NOT_FOUND(404, "No strategy line has this id"),
    ELEMENT_NOT_FOUND(404, "The edition has no element with this id"),
    ALIGNMENT_NOT_FOUND(404, "The edition has no alignment with this id"),
    ANNOTATION_NOT_FOUND(404, "The edition has no annotation with this id"),
    ENDPOINT_NOT_FOUND(404, "No such endpoint"),
    PROJECTION_NOT_FOUND(404, "No projection (event processor) has this name"),
    METHOD_NOT_ALLOWED(405, "The endpoint does not take this method"),
    NOT_ACCEPTABLE(406, "The endpoint cannot answer in a media type the Accept header allows"),
    UNSUPPORTED_MEDIA_TYPE(415, "The body's media type is not one this endpoint takes (JSON; XML for imports)"),
    UNSUPPORTED_CONTENT_ENCODING(415, "The body is sent in a content coding (Content-Encoding); send it uncompressed"),
    PAYLOAD_TOO_LARGE(413, "The request body is larger than allowed"),
    // State conflicts: 409.
    STRATEGY_EXISTS(409, "A strategy edition with this id exists"),
    LINE_EXISTS(409, "A strategy line with this id exists"),
    ELEMENT_ID_TAKEN(409, "The edition already has an element or link with this id"),
    NUMBER_TAKEN(409, "A sibling of the same kind already has this number"),
    ALIGNMENT_EXISTS(409, "The element is already aligned to this target"),
    CONCURRENT_MODIFICATION(409, "Another change to the same aggregate was recorded at the same time; retry"),
    PROJECTION_BUSY(409, "Another query-service process holds part of this projection; stop it first"),
    SEGMENT_NOT_CLAIMED(409, "This query-service process does not hold that segment of the projection"),
    IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used for a different request"),
    // Stale optimistic concurrency: 412.
    VERSION_MISMATCH(412, "The aggregate is no longer at the version given in If-Match"),
    // Rules of the domain: 422.
    EDITION_SUPERSEDED(422, "The edition is superseded: only corrections are allowed"),
    EDITION_RETIRED(422, "The edition is retired: only corrections are allowed"),
    STRATEGY_NOT_ADOPTED(422, "Only an adopted edition can be superseded"),
    ELEMENT_RETIRED(422, "The element is retired"),
    ELEMENT_COMPLETED(422, "The initiative is completed"),
    ANNOTATION_WITHDRAWN(422, "The annotation is withdrawn"),
    ANNOTATION_SUBJECT_NOT_FOUND(422, "The annotated element or link does not exist in this edition"),
    WRONG_ELEMENT_TYPE(422, "The element is not of the kind this command concerns"),
    PARENT_NOT_FOUND(422, "The parent element does not exist in this edition"),
    PARENT_RETIRED(422, "The parent element is retired"),
    PARENT_TYPE_INVALID(422, "An element of this kind cannot be placed under that parent"),
    CHILDREN_NOT_RETIRED(422, "Retire the element's members first"),
    EFFECTIVE_DATE_BEFORE_PREVIOUS(422, "The effective date lies before the element's previous change"),
    NOT_IN_SAME_LINE(422, "An edition supersedes only an edition of its own line"),
    SUPERSESSION_NOT_LATER(422, "The superseding edition must be a later edition of the line"),
    SUPERSESSION_CYCLE(422, "The supersession would make the line cyclic"),
    ALIGNMENT_TO_SELF(422, "An element cannot be aligned to itself"),
    ALIGNMENT_TARGET_NOT_FOUND(422, "The alignment target does not exist and is not an external reference"),
    LINEAGE_PREDECESSOR_NOT_FOUND(422, "The predecessor element does not exist"),
    LINEAGE_WITHIN_EDITION(422, "Lineage links an element to one of another edition"),
    // Too many failed logins from this client or for this user name: 429, retry after Retry-After.
    TOO_MANY_LOGIN_ATTEMPTS(429, "Too many failed logins from this client or for this user name; retry later"),
    // Too many requests of one client: 429, retry after the time given.
    TOO_MANY_STREAMS(429, "This login has as many live streams open as allowed"),
    // The read side has not yet caught up with a write the client asked to see: 503, retry.
    READ_MODEL_BEHIND(503, "The read model has not reached the requested version yet; retry"),
    // The identity provider's keys cannot be fetched, so no token can be checked: 503, retry after Retry-After.
    ISSUER_UNAVAILABLE(503, "The identity provider cannot be reached to check the token; retry later"),
    // A dependency is unreachable: 503, retry after Retry-After; nothing was recorded.
    DATABASE_UNAVAILABLE(503, "The database is unreachable; retry later"),
    EVENT_STORE_UNAVAILABLE(503, "The event store (Axon Server) is unreachable; retry later"),
    // Axon Server is back but no command-service instance has (re)connected to take this command yet.
    COMMAND_HANDLER_UNAVAILABLE(503, "No service instance is connected to Axon Server to take this command yet; retry later"),
    // The service cannot take more now: 503, retry after the time given.
    LIVE_STREAMS_EXHAUSTED(503, "The service serves as many live streams as it can; retry later"),
    // The service failed: 500. Never caused by input.
    INTERNAL_ERROR(500, "The service failed unexpectedly; retry a command with its Idempotency-Key to learn whether it was recorded");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
