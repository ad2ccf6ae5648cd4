package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyed requests hold no database connection while their command runs (the key is recorded with the
 * command's events), so many at once cannot starve the pool that the commands themselves need: with
 * two connections, 60 simultaneous keyed requests all finish, each key records one event, and
 * simultaneous retries of one request record it once.
 */
// Requests wait for a connection as long as a deadlock would take to show (the service's 3 s would answer
// a long queue 503 DATABASE_UNAVAILABLE on a busy machine, which is no deadlock).
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=30000"})
class KeyedRequestsOnASmallPoolHttpTest extends HttpTestSupport {

    private static final int REQUESTS = 60;

    @Test
    void manySimultaneousKeyedRequestsFinishAndEachKeyRecordsOneEvent() {
        String goals = "/api/strategies/" + draft(null, 2024, 2028) + "/goals";
        long events = storedEvents();
        List<String> keys = IntStream.range(0, REQUESTS).mapToObj(n -> unique("key")).toList();

        List<Api.Answer> answers = simultaneously(n -> editor.post(goals, goalBody(n), "Idempotency-Key", keys.get(n)));
        List<Api.Answer> retries = simultaneously(n -> editor.post(goals, goalBody(n), "Idempotency-Key", keys.get(n)));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(answers).extracting(Api.Answer::version).doesNotHaveDuplicates();
        for (int n = 0; n < REQUESTS; n++) {
            assertThat(retries.get(n).json()).as("retry " + n).isEqualTo(answers.get(n).json());
        }
        assertThat(storedEvents()).isEqualTo(events + REQUESTS);
    }

    @Test
    void simultaneousRetriesOfOneRequestRecordItOnce() {
        String goals = "/api/strategies/" + draft(null, 2024, 2028) + "/goals";
        long events = storedEvents();
        String key = unique("key");

        List<Api.Answer> answers = simultaneously(n -> editor.post(goals, goalBody(1), "Idempotency-Key", key));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
            assertThat(a.json()).isEqualTo(answers.get(0).json());
        });
        assertThat(storedEvents()).isEqualTo(events + 1);
    }

    private static List<Api.Answer> simultaneously(IntFunction<Api.Answer> request) {
        ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<CompletableFuture<Api.Answer>> sent = IntStream.range(0, REQUESTS)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> request.apply(n), clients)).toList();
            return sent.stream().map(CompletableFuture::join).toList();
        } finally {
            clients.shutdown();
        }
    }

    private static String goalBody(int n) {
        return """
                {"number": "%d", "title": "Goal %d", "effectiveDate": "2024-01-01"}""".formatted(n, n);
    }
}
