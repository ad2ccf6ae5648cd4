package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stakeholders and external identifiers over real HTTP on real PostgreSQL (ADR 20): recorded, revised
 * and removed with their roles; each rule of the domain refused as a problem detail with its code,
 * nothing recorded; a published identifier kept, and the element aligned to by it.
 */
class StakeholderHttpTest extends HttpTestSupport {

    @Test
    void aStakeholderIsRecordedRevisedAndRemovedWithItsRoles() {
        String id = draft(null, 2025, 2027);
        String goal = goal(id, "1", "2025-01-01");
        Api.Answer recorded = editor.post("/api/strategies/" + id + "/stakeholders", """
                {"stakeholderId": "board", "holderId": "%s", "name": "County Utilities Board", "stakeholderType": "ORGANIZATION",
                 "roles": [{"name": "Partner", "description": "Runs the works", "roleTypes": ["PERFORMER"]}],
                 "effectiveDate": "2025-01-01"}""".formatted(goal));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("Location")).endsWith("/api/strategies/" + id + "/elements/board");
        Api.Answer revised = editor.post("/api/strategies/" + id + "/stakeholders/board/revise", """
                {"roles": [{"name": "Owner", "roleTypes": ["PERFORMER", "BENEFICIARY"]}], "effectiveDate": "2026-01-01",
                 "rationale": "The 2026 update"}""");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        Api.Answer retireGoal = editor.post("/api/strategies/" + id + "/goals/" + goal + "/retire", """
                {"effectiveDate": "2026-06-30", "rationale": "Dropped"}""");
        assertThat(retireGoal.code()).as("a goal with a stakeholder in force").isEqualTo("CHILDREN_NOT_RETIRED");
        Api.Answer removed = editor.post("/api/strategies/" + id + "/stakeholders/board/remove", """
                {"effectiveDate": "2026-06-30", "rationale": "The board left"}""");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(jdbc.queryForList("""
                select payload_type from domain_event_entry where aggregate_identifier = ? and payload_type like '%Stakeholder%'
                order by sequence_number""", String.class, id)).containsExactly(
                "org.strategylifecycle.api.stakeholder.StakeholderRecorded",
                "org.strategylifecycle.api.stakeholder.StakeholderRevised",
                "org.strategylifecycle.api.stakeholder.StakeholderRemoved");
    }

    /** A retry with the same Idempotency-Key answers as the first attempt did: with the stakeholder, not the edition. */
    @Test
    void aRepeatedRevisionAnswersWithTheStakeholderAsTheFirstDid() {
        String id = draft(null, 2025, 2027);
        Api.Answer recorded = editor.post("/api/strategies/" + id + "/stakeholders", """
                {"stakeholderId": "board", "name": "Board", "effectiveDate": "2025-01-01"}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String revise = "/api/strategies/" + id + "/stakeholders/board/revise";
        String body = """
                {"name": "County Board", "effectiveDate": "2026-01-01", "rationale": "Renamed"}""";
        Api.Answer first = editor.post(revise, body, "Idempotency-Key", "rename-board");
        Api.Answer again = editor.post(revise, body, "Idempotency-Key", "rename-board");
        assertThat(first.id()).as(first.toString()).isEqualTo("board");
        assertThat(again.toString()).isEqualTo(first.toString());
    }

    @Test
    void whatTheDomainRefusesIsAProblemDetailAndNothingIsRecorded() {
        String id = draft(null, 2025, 2027);
        long before = storedEvents();
        Api.Answer noHolder = editor.post("/api/strategies/" + id + "/stakeholders", """
                {"holderId": "goal-9", "name": "Board", "effectiveDate": "2025-01-01"}""");
        assertThat(noHolder.status()).isEqualTo(422);
        assertThat(noHolder.code()).isEqualTo("PARENT_NOT_FOUND");
        assertThat(noHolder.header("Content-Type")).startsWith("application/problem+json");
        Api.Answer badType = editor.post("/api/strategies/" + id + "/stakeholders", """
                {"name": "Board", "stakeholderType": "ALIEN", "effectiveDate": "2025-01-01"}""");
        assertThat(badType.status()).as(badType.toString()).isEqualTo(400);
        Api.Answer badRole = editor.post("/api/strategies/" + id + "/stakeholders", """
                {"name": "Board", "roles": [{"roleTypes": ["PERFORMER"]}], "effectiveDate": "2025-01-01"}""");
        assertThat(badRole.code()).isEqualTo("FIELD_REQUIRED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anElementKeepsItsPublishedIdentifierAndIsAlignedToByIt() {
        String id = draft(null, 2025, 2027);
        String first = goal(id, "1", "2025-01-01");
        String second = goal(id, "2", "2025-01-01");
        Api.Answer identified = editor.post("/api/strategies/" + id + "/elements/" + first + "/identify-externally", """
                {"externalId": "SCAgencyCode#P320-G1", "effectiveDate": "2025-01-01"}""");
        assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
        Api.Answer taken = editor.post("/api/strategies/" + id + "/elements/" + second + "/identify-externally", """
                {"externalId": "SCAgencyCode#P320-G1", "effectiveDate": "2025-01-01"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("ELEMENT_ID_TAKEN");
        Api.Answer aligned = editor.post("/api/strategies/" + id + "/alignments", """
                {"alignmentId": "alignment-1", "elementId": "%s",
                 "target": {"strategyId": "%s", "elementId": "SCAgencyCode#P320-G1"},
                 "provenance": {"basis": "INFERRED", "inferredFrom": "the plan's crosswalk"}, "effectiveDate": "2025-01-01"}"""
                .formatted(second, id));
        assertThat(aligned.status()).as(aligned.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb -> 'target' ->> 'elementId' from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%ObjectiveAligned'""", String.class, id)).isEqualTo(first);
    }
}
