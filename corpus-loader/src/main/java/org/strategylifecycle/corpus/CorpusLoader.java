package org.strategylifecycle.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends the histories, step by step, to command-service. Safe to run on every start: each step
 * carries the Idempotency-Key {@code corpus/<step id>}, so a step the store already holds is answered
 * from the stored first answer and records nothing; a creation refused because its edition or line
 * already exists counts as done too (for a store loaded by other means, or before imports kept their
 * key). Any other refusal stops the load: later steps depend on earlier ones.
 */
public final class CorpusLoader {

    /** What a load did: steps answered as accepted, and steps whose edition or line was already there. */
    public record Result(int accepted, int alreadyThere) {
    }

    private static final Set<String> ALREADY_THERE = Set.of("STRATEGY_EXISTS", "LINE_EXISTS");

    private final Path corpusDir;
    private final CommandApi api;
    private final PrintStream log;

    public CorpusLoader(Path corpusDir, String commandServiceUrl, String user, String password, PrintStream log) {
        this.corpusDir = corpusDir;
        this.api = new CommandApi(commandServiceUrl, user, password);
        this.log = log;
    }

    public Result load() {
        Histories histories = Histories.read(corpusDir.resolve("histories.json"));
        List<String> problems = histories.problems(corpusDir);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("corpus/histories.json is not loadable:\n  " + String.join("\n  ", problems));
        }
        int accepted = 0;
        int alreadyThere = 0;
        for (HistoryStep step : histories.steps()) {
            CommandApi.Answer answer = send(step);
            if (answer.accepted()) {
                accepted++;
                log.println("ok       " + step.id());
                requireAllAlignmentsResolved(step, answer);
            } else if (answer.status() == 409 && ALREADY_THERE.contains(answer.code())) {
                alreadyThere++;
                log.println("present  " + step.id());
            } else {
                throw refused(step, step.path(), answer);
            }
            annotateDate(step);
        }
        return new Result(accepted, alreadyThere);
    }

    private static IllegalStateException refused(HistoryStep step, String path, CommandApi.Answer answer) {
        if ("IDEMPOTENCY_KEY_REUSED".equals(answer.code())) {
            return new IllegalStateException("step " + step.id() + " was loaded before with different content: "
                    + "histories.json or a transcription changed after this store was loaded; reload into an empty store "
                    + "(./run --reload-corpus). Answer: " + answer);
        }
        return new IllegalStateException("step " + step.id() + " (" + path + ") was refused: " + answer);
    }

    /**
     * An edition's lifecycle date that a text prints only in part (a month, a year) or not at all is
     * an inferred date: the step's own basis is recorded as an annotation on the edition's date, so the
     * edition itself shows it, not only its history's rationale (ADR 18). An annotation already there
     * (a store loaded another way) counts as done.
     */
    private void annotateDate(HistoryStep step) {
        HistoryStep.DateNote note = step.dateNote();
        if (note == null) {
            return;
        }
        String path = "/api/strategies/" + note.strategyId() + "/annotations";
        CommandApi.Answer answer = api.postJson(path, note.body(), "corpus/" + step.id() + "/date");
        if (!answer.accepted() && !(answer.status() == 409 && "ELEMENT_ID_TAKEN".equals(answer.code()))) {
            throw refused(step, path, answer);
        }
    }

    /**
     * The import skips an {@code aligns-to:} line whose target it does not hold: in the corpus every
     * target plan is imported first, so a skipped line means the histories are out of order.
     */
    private void requireAllAlignmentsResolved(HistoryStep step, CommandApi.Answer answer) {
        answer.body().path("notes").forEach(note -> log.println("         note: " + note.asString()));
        if (!answer.body().path("unresolvedAlignments").isEmpty()) {
            throw new IllegalStateException("step " + step.id() + " left alignments unrecorded (import their target plans "
                    + "first): " + answer.body().path("unresolvedAlignments"));
        }
    }

    private CommandApi.Answer send(HistoryStep step) {
        String key = "corpus/" + step.id();
        if (step.action() != HistoryStep.Action.IMPORT) {
            return api.postJson(step.path(), step.body(), key);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("effectiveDate", step.effectiveDate().toString());
        query.put("strategyId", step.strategyId());
        query.put("rationale", step.recordedRationale());
        if (step.lineId() != null) {
            query.put("lineId", step.lineId());
        }
        // The import cites this document for every element, with the element's own section.
        query.put("source", step.source().document());
        return api.postXml(step.path(), query, read(corpusDir.resolve(step.file())), key);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
