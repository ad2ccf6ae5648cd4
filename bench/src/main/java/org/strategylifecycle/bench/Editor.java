package org.strategylifecycle.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One client's stream of real commands against its editions: 30 % add objective, 25 % revise
 * objective, 15 % define measure, 30 % record actual (an add stands in while there is nothing to
 * revise or record). Each command takes the next day as its effective date, so no element's changes
 * go backwards. Ids carry the client's name, so clients sharing an edition never collide. Only
 * accepted commands change what the editor knows.
 */
final class Editor {

    /** A command ready to send, and what the editor learns when it is accepted. */
    record Command(String kind, String path, Json.Raw body, Runnable onAccepted) {
    }

    private static final String[] MEASURE_TYPES = {"OUTCOME", "OUTPUT", "EFFICIENCY", "RATE_EFFICIENCY", "QUALITATIVE"};

    /** What this client wrote into one edition. */
    private static final class Workspace {
        final Editions.Edition edition;
        final List<String> objectives = new ArrayList<>();
        final List<String> measures = new ArrayList<>();

        Workspace(Editions.Edition edition) {
            this.edition = edition;
        }

        String path(String rest) {
            return "/api/strategies/" + edition.strategyId() + rest;
        }
    }

    private final String client;
    private final List<Workspace> workspaces = new ArrayList<>();
    private final SplittableRandom random;
    private LocalDate date = Editions.SETUP_DATE;
    private long counter;

    Editor(String client, List<Editions.Edition> editions, long seed) {
        this.client = client;
        editions.forEach(edition -> workspaces.add(new Workspace(edition)));
        this.random = new SplittableRandom(seed);
    }

    Command next() {
        Workspace w = workspaces.get(random.nextInt(workspaces.size()));
        date = date.plusDays(1);
        counter++;
        int roll = random.nextInt(100);
        if (roll < 30 || w.objectives.isEmpty()) {
            return addObjective(w);
        }
        if (roll < 55) {
            return reviseObjective(w);
        }
        if (roll < 70 || w.measures.isEmpty()) {
            return defineMeasure(w);
        }
        return recordActual(w);
    }

    private Command addObjective(Workspace w) {
        String id = client + "-o" + counter;
        return new Command("add objective", w.path("/objectives"), Json.object(
                "elementId", id,
                "parentId", pick(w.edition.goalIds()),
                "number", client + "." + counter,
                "title", "Objective " + id,
                "statement", "An objective the benchmark adopted.",
                "effectiveDate", date.toString(),
                "source", Json.object("document", "Benchmark plan", "page", "1")),
                () -> w.objectives.add(id));
    }

    private Command reviseObjective(Workspace w) {
        String id = pick(w.objectives);
        return new Command("revise objective", w.path("/objectives/" + id + "/revise"), Json.object(
                "title", "Objective " + id + ", revision " + counter,
                "effectiveDate", date.toString(),
                "rationale", "The benchmark revises its objectives."),
                () -> { });
    }

    private Command defineMeasure(Workspace w) {
        String id = client + "-m" + counter;
        return new Command("define measure", w.path("/measures"), Json.object(
                "elementId", id,
                "parentId", pick(w.objectives),
                "title", "Share of work done for " + id,
                "measureType", MEASURE_TYPES[random.nextInt(MEASURE_TYPES.length)],
                "effectiveDate", date.toString()),
                () -> w.measures.add(id));
    }

    private Command recordActual(Workspace w) {
        String id = pick(w.measures);
        return new Command("record actual", w.path("/measures/" + id + "/actuals"), Json.object(
                "period", "P" + counter,
                "value", counter % 1000 + 0.5,
                "effectiveDate", date.toString(),
                "rationale", "The benchmark records its actuals."),
                () -> { });
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
