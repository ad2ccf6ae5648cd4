package org.strategylifecycle.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Creates the editions the load writes to, each with its goals, through the real API. */
final class Editions {

    /** The effective date of the set-up; the load's changes all come later. */
    static final LocalDate SETUP_DATE = LocalDate.of(2026, 1, 1);

    /** An edition the set-up created, with the goals that objectives and measures can hang under. */
    record Edition(String strategyId, List<String> goalIds) {
    }

    private Editions() {
    }

    /** Creates {@code count} editions named {@code prefix + i}, {@code threads} at a time; any non-2xx aborts. */
    static List<Edition> create(CommandApi api, String prefix, int count, int goals, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Edition>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String strategyId = prefix + i;
                created.add(pool.submit(() -> create(api, strategyId, goals)));
            }
            List<Edition> editions = new ArrayList<>();
            for (Future<Edition> edition : created) {
                editions.add(edition.get());
            }
            return editions;
        } catch (ExecutionException e) {
            throw new IllegalStateException("set-up failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Edition create(CommandApi api, String strategyId, int goals) throws Exception {
        String date = SETUP_DATE.toString();
        require(api, "/api/strategies", Json.object(
                "strategyId", strategyId,
                "title", "Benchmark strategy " + strategyId,
                "organization", Json.object("code", "BENCH", "name", "Benchmark organization"),
                "period", Json.object("label", "FY2026-2030", "fromYear", 2026, "toYear", 2030),
                "effectiveDate", date));
        List<String> goalIds = new ArrayList<>();
        for (int g = 1; g <= goals; g++) {
            String goalId = "g" + g;
            require(api, "/api/strategies/" + strategyId + "/goals", Json.object(
                    "elementId", goalId,
                    "number", String.valueOf(g),
                    "title", "Goal " + g,
                    "statement", "A goal created by the benchmark set-up.",
                    "effectiveDate", date));
            goalIds.add(goalId);
        }
        return new Edition(strategyId, List.copyOf(goalIds));
    }

    private static void require(CommandApi api, String path, Json.Raw body) throws Exception {
        CommandApi.Response response = api.post(path, body);
        if (!response.ok()) {
            throw new IllegalStateException("POST " + path + " answered " + response.status() + ": " + response.body());
        }
    }
}
