package org.strategylifecycle.command.http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** If-Match guards against lost updates; Idempotency-Key makes a retry answer the first answer without recording twice. */
class PreconditionAndIdempotencyHttpTest extends HttpTestSupport {

    private String strategy;
    private String goals;

    @BeforeEach
    void edition() {
        strategy = draft(null, 2024, 2028);
        goal(strategy, "1", "2024-01-01");
        goals = "/api/strategies/" + strategy + "/goals";
    }

    @Test
    void currentVersionInAnyFormIsAcceptedAndAStaleOneIsAPreconditionFailure() {
        Api.Answer strong = editor.post(goals, goalBody("2"), "If-Match", "\"1\"");
        assertThat(strong.status()).isEqualTo(201);
        assertThat(strong.version()).isEqualTo(2);
        assertThat(editor.post(goals, goalBody("3"), "If-Match", "W/\"2\"").version()).isEqualTo(3);
        assertThat(editor.post(goals, goalBody("4"), "If-Match", "3").version()).isEqualTo(4);

        long events = storedEvents();
        Api.Answer stale = editor.post(goals, goalBody("5"), "If-Match", "\"3\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("VERSION_MISMATCH");
        Api.Answer ahead = editor.post(goals, goalBody("5"), "If-Match", "\"9\"");
        assertThat(ahead.status()).isEqualTo(412);
        Api.Answer staleRetirement = editor.post("/api/strategies/" + strategy + "/retire",
                "{\"effectiveDate\": \"2024-06-01\", \"rationale\": \"withdrawn\"}", "If-Match", "\"0\"");
        assertThat(staleRetirement.status()).isEqualTo(412);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void repeatedKeyAnswersTheFirstAnswerAndRecordsOnce() {
        long events = storedEvents();
        long keys = recordedKeys();
        String key = unique("key");
        String body = """
                {"number": "2", "title": "Goal two", "effectiveDate": "2024-01-01"}""";
        Api.Answer first = editor.post(goals, body, "Idempotency-Key", key);
        Api.Answer again = editor.post(goals, "  " + body + "\n", "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(storedEvents()).isEqualTo(events + 1);
        assertThat(recordedKeys()).isEqualTo(keys + 1);

        Api.Answer reused = editor.post(goals, body.replace("Goal two", "Goal 2"), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        Api.Answer otherPath = editor.post("/api/strategies/" + strategy + "/objectives", body, "Idempotency-Key", key);
        assertThat(otherPath.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEvents()).isEqualTo(events + 1);
        assertThat(recordedKeys()).isEqualTo(keys + 1);
    }

    /**
     * The key travels in the metadata of the events its request records, under names that are part of
     * the stored record: idempotencyKey, idempotencyUser, idempotencyHash, beside the requestId.
     */
    @Test
    void theKeyIsStoredWithTheEventsItsRequestRecorded() {
        String key = unique("key");
        Api.Answer first = editor.post(goals, goalBody("2"), "Idempotency-Key", key, "X-Request-Id", "req-" + key);
        assertThat(first.status()).isEqualTo(201);

        JsonNode metaData = lastMetaData(strategy);
        assertThat(metaData.path("idempotencyKey").asString()).isEqualTo(key);
        assertThat(metaData.path("idempotencyUser").asString()).isEqualTo("editor");
        assertThat(metaData.path("idempotencyHash").asString()).matches("[0-9a-f]{64}");
        assertThat(metaData.path("requestId").asString()).isEqualTo("req-" + key);
    }

    @Test
    void aRetryOfAConditionalRequestThatSucceededGetsItsFirstAnswerNotAPreconditionFailure() {
        String key = unique("key");
        Api.Answer first = editor.post(goals, goalBody("2"), "If-Match", "\"1\"", "Idempotency-Key", key);
        Api.Answer again = editor.post(goals, goalBody("2"), "If-Match", "\"1\"", "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
    }

    /** Without a client id the service names the new thing after the key, so the retry finds it. */
    @Test
    void creationsWithoutAnIdNameTheSameThingOnEveryRetry() {
        String goalKey = unique("key");
        String body = """
                {"number": "2", "title": "Goal two", "effectiveDate": "2024-01-01"}""";
        Api.Answer goal = editor.post(goals, body, "Idempotency-Key", goalKey);
        Api.Answer goalAgain = editor.post(goals, body, "Idempotency-Key", goalKey);
        assertThat(goalAgain.json()).isEqualTo(goal.json());

        String draftKey = unique("key");
        long events = storedEvents();
        String draft = """
                {"title": "Drafted twice", "organization": %s, "period": {"label": "2030", "fromYear": 2030},
                 "effectiveDate": "2029-01-01"}""".formatted(ORGANIZATION);
        Api.Answer drafted = editor.post("/api/strategies", draft, "Idempotency-Key", draftKey);
        Api.Answer draftedAgain = editor.post("/api/strategies", draft, "Idempotency-Key", draftKey);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(draftedAgain.status()).as(draftedAgain.toString()).isEqualTo(201);
        assertThat(draftedAgain.json()).isEqualTo(drafted.json());
        assertThat(draftedAgain.header("Location")).isEqualTo(drafted.header("Location"));
        assertThat(storedEvents()).isEqualTo(events + 1);
    }

    @Test
    void simultaneousRetriesOfOneRequestRecordItOnce() {
        long events = storedEvents();
        String key = unique("key");
        List<Api.Answer> answers = IntStream.range(0, 8)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> editor.post(goals, goalBody("2"), "Idempotency-Key", key)))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
            assertThat(a.json()).isEqualTo(answers.get(0).json());
        });
        assertThat(storedEvents()).isEqualTo(events + 1);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = unique("key");
        Api.Answer byEditor = editor.post(goals, goalBody("2"), "Idempotency-Key", key);
        Api.Answer byAdmin = editor.as("admin").post(goals, goalBody("3"), "Idempotency-Key", key);
        assertThat(byEditor.status()).isEqualTo(201);
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.version()).isEqualTo(byEditor.version() + 1);
    }

    @Test
    void refusedCommandLeavesTheKeyFreeForARetry() {
        String key = unique("key");
        String objective = """
                {"parentId": "goal-later", "number": "1.1", "title": "Objective", "effectiveDate": "2024-01-01"}""";
        Api.Answer refused = editor.post("/api/strategies/" + strategy + "/objectives", objective, "Idempotency-Key", key);
        assertThat(refused.code()).isEqualTo("PARENT_NOT_FOUND");
        assertThat(editor.post(goals, """
                {"elementId": "goal-later", "number": "2", "title": "Goal", "effectiveDate": "2024-01-01"}""").status())
                .isEqualTo(201);
        Api.Answer retried = editor.post("/api/strategies/" + strategy + "/objectives", objective, "Idempotency-Key", key);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.version()).isEqualTo(3);
    }

    @Test
    void simultaneousCommandsOnOneEditionAreEachAcceptedOnceOrRefusedAsAConflict() {
        long events = storedEvents();
        List<CompletableFuture<Api.Answer>> sent = IntStream.range(2, 10)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> editor.post(goals, goalBody(String.valueOf(n)),
                        "Idempotency-Key", unique("key"))))
                .toList();
        List<Api.Answer> answers = sent.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        List<Api.Answer> accepted = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(accepted).extracting(Api.Answer::version).doesNotHaveDuplicates();
        assertThat(storedEvents()).isEqualTo(events + accepted.size());
    }

    private static String goalBody(String number) {
        return """
                {"number": "%s", "title": "Goal %s", "effectiveDate": "2024-01-01"}""".formatted(number, number);
    }
}
