package org.strategylifecycle.corpus;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hand-written histories file (corpus/histories.json): every document's life as an ordered list of
 * dated commands. Read strictly and checked before anything is sent, so a mistake in the file stops
 * the load before it records half a history.
 */
public record Histories(String about, List<HistoryStep> steps) {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** An Idempotency-Key is at most 100 characters; the loader prefixes step ids with "corpus/". */
    static final int STEP_ID_MAX = 100 - "corpus/".length();

    public static Histories read(Path file) {
        Histories histories = JSON.readValue(file.toFile(), Histories.class);
        if (histories.steps() == null || histories.steps().isEmpty()) {
            throw new IllegalArgumentException(file + " has no steps");
        }
        return histories;
    }

    /** The problems of the file, each naming its step; empty when every step can be sent. */
    public List<String> problems(Path corpusDir) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            HistoryStep step = steps.get(i);
            String where = "step " + (i + 1) + " (" + step.id() + ")";
            if (step.id() == null || !step.id().matches("[A-Za-z0-9][A-Za-z0-9._/-]*") || step.id().length() > STEP_ID_MAX) {
                problems.add(where + ": id must be 1-" + STEP_ID_MAX + " characters of letters, digits, . _ / -");
            } else if (!ids.add(step.id())) {
                problems.add(where + ": id is used twice");
            }
            step.problems().forEach(p -> problems.add(where + ": " + p));
            if (step.action() == HistoryStep.Action.IMPORT && step.file() != null
                    && !Files.isRegularFile(corpusDir.resolve(step.file()))) {
                problems.add(where + ": no file " + corpusDir.resolve(step.file()));
            }
        }
        return problems;
    }
}
