package org.strategylifecycle.command.http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Annotations over HTTP: recorded, revised and withdrawn as events; every refusal a problem, nothing stored. */
class AnnotationHttpTest extends HttpTestSupport {

    private String strategy;
    private String goal;
    private String annotations;

    @BeforeEach
    void edition() {
        strategy = draft(null, 2024, 2028);
        goal = goal(strategy, "1", "2024-01-01");
        annotations = "/api/strategies/" + strategy + "/annotations";
    }

    private String annotate(String id) {
        Api.Answer answer = editor.post(annotations, """
                {"annotationId": "%s", "subject": {"kind": "ELEMENT", "id": "%s", "field": "title"},
                 "uncertainty": "The Contents and the heading print the title differently",
                 "alternatives": [
                   {"printed": "Goal 1", "citation": {"document": "CBP Strategy 2024–2028", "section": "GOAL 1", "page": "13"}},
                   {"printed": "GOAL 1", "citation": {"document": "CBP Strategy 2024–2028", "section": "Contents"}}],
                 "chosenReading": "Goal 1", "reason": "The heading above the goal's text",
                 "effectiveDate": "2024-01-01"}""".formatted(id, goal));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo(QUERY_URL + "/api/strategies/" + strategy);
        return answer.id();
    }

    private String lastPayload() {
        return jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?
                order by sequence_number desc limit 1""", String.class, strategy);
    }

    @Test
    void anAnnotationIsRecordedRevisedAndWithdrawn() {
        assertThat(annotate("note-1")).isEqualTo("note-1");
        assertThat(lastPayload()).contains("\"annotationId\":\"note-1\"", "\"kind\":\"ELEMENT\"", "\"field\":\"title\"",
                "\"printed\":\"GOAL 1\"", "\"section\":\"Contents\"", "\"chosenReading\":\"Goal 1\"");

        Api.Answer revised = editor.post(annotations + "/note-1/revise", """
                {"reason": "The heading is where the goal is set out", "effectiveDate": "2024-02-01",
                 "rationale": "Reason worded more precisely"}""");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(lastPayload()).contains("\"reason\":\"The heading is where the goal is set out\"",
                "\"uncertainty\":\"The Contents and the heading print the title differently\"");

        Api.Answer withdrawn = editor.post(annotations + "/note-1/withdraw", """
                {"effectiveDate": "2024-03-01", "rationale": "Noted on the wrong goal"}""");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.version()).isEqualTo(revised.version() + 1);
        assertThat(jdbc.queryForObject("""
                select payload_type from domain_event_entry where aggregate_identifier = ?
                order by sequence_number desc limit 1""", String.class, strategy))
                .isEqualTo("org.strategylifecycle.api.annotation.AnnotationWithdrawn");
    }

    /** A retry with the same Idempotency-Key answers as the first attempt did: with the annotation, not the edition. */
    @Test
    void aRepeatedWithdrawalAnswersWithTheAnnotationAsTheFirstDid() {
        annotate("note-2");
        String body = """
                {"effectiveDate": "2024-03-01", "rationale": "Noted on the wrong goal"}""";
        Api.Answer first = editor.post(annotations + "/note-2/withdraw", body, "Idempotency-Key", "withdraw-note-2");
        Api.Answer again = editor.post(annotations + "/note-2/withdraw", body, "Idempotency-Key", "withdraw-note-2");
        assertThat(first.id()).as(first.toString()).isEqualTo("note-2");
        assertThat(again.toString()).isEqualTo(first.toString());
    }

    @Test
    void refusalsAreProblemsAndRecordNothing() {
        annotate("note-1");
        refused(annotations + "/no-such-note/revise", """
                {"reason": "r", "effectiveDate": "2024-02-01", "rationale": "why"}""", 404, "ANNOTATION_NOT_FOUND");
        refused(annotations, """
                {"subject": {"kind": "ELEMENT", "id": "no-such-goal"}, "uncertainty": "u", "chosenReading": "c",
                 "reason": "r", "effectiveDate": "2024-01-01"}""", 422, "ANNOTATION_SUBJECT_NOT_FOUND");
        refused(annotations, """
                {"subject": {"kind": "PAGE", "id": "x"}, "uncertainty": "u", "chosenReading": "c",
                 "reason": "r", "effectiveDate": "2024-01-01"}""", 400, "INVALID_VALUE");
        refused(annotations, """
                {"subject": {"kind": "EDITION"}, "uncertain": "u", "chosenReading": "c",
                 "reason": "r", "effectiveDate": "2024-01-01"}""", 400, "UNKNOWN_FIELD");
        refused(annotations, """
                {"subject": {"kind": "EDITION"}, "uncertainty": "u", "chosenReading": "c",
                 "alternatives": [{"printed": "p"}], "reason": "r", "effectiveDate": "2024-01-01"}""", 400, "FIELD_REQUIRED");
        refused(annotations, """
                {"annotationId": "note-1", "subject": {"kind": "EDITION"}, "uncertainty": "u", "chosenReading": "c",
                 "reason": "r", "effectiveDate": "2024-01-01"}""", 409, "ELEMENT_ID_TAKEN");
        refused(annotations + "/note-1/withdraw", "{\"effectiveDate\": \"2024-03-01\"}", 400, "RATIONALE_REQUIRED");
        editor.post(annotations + "/note-1/withdraw", """
                {"effectiveDate": "2024-03-01", "rationale": "Noted on the wrong goal"}""");
        refused(annotations + "/note-1/revise", """
                {"reason": "r", "effectiveDate": "2024-04-01", "rationale": "why"}""", 422, "ANNOTATION_WITHDRAWN");
    }

    private void refused(String path, String json, int status, String code) {
        long events = storedEvents();
        Api.Answer answer = editor.post(path, json);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(storedEvents()).isEqualTo(events);
    }
}
