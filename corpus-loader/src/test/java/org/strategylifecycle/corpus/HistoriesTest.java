package org.strategylifecycle.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * corpus/histories.json against the transcriptions it loads: every document has a history, each
 * step can be sent, and no step refers to an edition or line before the step that creates it.
 */
class HistoriesTest {

    private final Histories histories = Corpus.histories();

    @Test
    void everyStepCanBeSent() {
        assertThat(histories.problems(Corpus.DIR)).isEmpty();
    }

    @Test
    void everyTranscriptionIsImportedOnceUnderItsOwnEditionIdAndLine() {
        List<HistoryStep> imports = histories.steps().stream().filter(s -> s.action() == HistoryStep.Action.IMPORT).toList();
        assertThat(imports).extracting(HistoryStep::file).containsExactlyInAnyOrderElementsOf(Corpus.transcriptions());
        for (HistoryStep step : imports) {
            assertThat(Corpus.metadata(step.file(), "edition-id")).as(step.file()).contains(step.strategyId());
            assertThat(Corpus.text(step.file())).as(step.file())
                    .contains("<Identifier>" + step.strategyId() + "</Identifier>");
            assertThat(Corpus.metadata(step.file(), "strategy-line")).as(step.file()).isEqualTo(java.util.Optional.ofNullable(step.lineId()));
        }
    }

    @Test
    void everyEditionIsAdoptedNoEarlierThanDrafted() {
        Map<String, LocalDate> drafted = new HashMap<>();
        Set<String> adopted = new HashSet<>();
        for (HistoryStep step : histories.steps()) {
            if (step.action() == HistoryStep.Action.IMPORT) {
                drafted.put(step.strategyId(), step.effectiveDate());
            } else if (step.action() == HistoryStep.Action.ADOPT) {
                assertThat(step.effectiveDate()).as(step.id()).isAfterOrEqualTo(drafted.get(step.strategyId()));
                adopted.add(step.strategyId());
            }
        }
        assertThat(adopted).isEqualTo(drafted.keySet());
    }

    @Test
    void stepsReferOnlyToEditionsAndLinesCreatedBefore() {
        Set<String> editions = new HashSet<>();
        Set<String> lines = new HashSet<>();
        for (HistoryStep step : histories.steps()) {
            switch (step.action()) {
                case ESTABLISH_LINE -> lines.add(step.lineId());
                case IMPORT -> {
                    if (step.lineId() != null) {
                        assertThat(lines).as(step.id()).contains(step.lineId());
                    }
                    // The import records alignments only to targets that exist: those plans come first.
                    Corpus.alignsTo(step.file()).forEach(line -> assertThat(editions).as(step.id() + ": " + line)
                            .contains(line.substring("aligns-to:".length(), line.indexOf('#')).strip()));
                    editions.add(step.strategyId());
                }
                case ADOPT -> assertThat(editions).as(step.id()).contains(step.strategyId());
                case SUPERSEDE -> assertThat(editions).as(step.id()).contains(step.strategyId(), step.supersededBy());
                case LINEAGE -> assertThat(editions).as(step.id()).contains(step.strategyId(), step.predecessor().strategyId());
                case ALIGN -> assertThat(editions).as(step.id()).contains(step.strategyId(), step.target().strategyId());
            }
        }
    }

    @Test
    void theRecordedRationaleSaysHowTheDateWasArrivedAt() {
        HistoryStep adoption2014 = step("cbp-integrity-strategy-2014/adopt");
        assertThat(adoption2014.recordedRationale())
                .startsWith(adoption2014.rationale())
                .endsWith("(Date inferred: " + adoption2014.dateInferred() + ".)");
        HistoryStep adoption2020 = step("cbp-strategy-2020-2025/adopt");
        assertThat(adoption2020.recordedRationale()).contains("(Date as printed: published April 2019");
    }

    @Test
    void everyPeriodIsWhatItsTextPrintsAndNoMore() {
        assertThat(Corpus.PERIODS).extracting(Corpus.PrintedPeriod::file).containsExactlyInAnyOrderElementsOf(Corpus.transcriptions());
        for (Corpus.PrintedPeriod period : Corpus.PERIODS) {
            String line = Corpus.text(period.file()).lines().map(String::strip).filter(l -> l.startsWith("period: "))
                    .findFirst().orElseThrow();
            String label = line.substring("period: ".length()).replaceFirst("\\s*\\(.*$", "").strip();
            assertThat(label).as(period.file()).isEqualTo(period.label());
            if (period.printed() != null) {
                assertThat(Corpus.source(period.source())).as(period.file()).contains(period.printed());
                assertThat(period.printed()).as(period.file()).contains(label.replaceFirst("^FY ", ""));
            }
            // The label's years are the period: one printed year is a start with no end.
            List<Integer> years = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b").matcher(label).results()
                    .map(m -> Integer.parseInt(m.group())).toList();
            assertThat(years.isEmpty() ? null : years.get(0)).as(period.file()).isEqualTo(period.fromYear());
            assertThat(years.size() > 1 ? years.get(1) : null).as(period.file()).isEqualTo(period.toYear());
        }
    }

    @Test
    void everyEditionDateOfTheHistoriesIsNotedWithItsBasis() {
        for (HistoryStep step : histories.steps()) {
            HistoryStep.DateNote note = step.dateNote();
            switch (step.action()) {
                case IMPORT, ADOPT, SUPERSEDE -> {
                    assertThat(note).as(step.id()).isNotNull();
                    assertThat(note.strategyId()).isEqualTo(step.strategyId());
                    assertThat(note.body().get("chosenReading")).isEqualTo(step.effectiveDate().toString());
                    assertThat((String) note.body().get("reason")).as(step.id())
                            .endsWith(step.dateStated() != null ? step.dateStated() : step.dateInferred());
                }
                default -> assertThat(note).as(step.id()).isNull();
            }
        }
        assertThat(step("cbp-strategy-2020-2025/superseded-by/cbp-strategy-2021-2026").dateNote().field()).isEqualTo("endedOn");
        assertThat(step("cbp-strategy-2024-2028/draft").dateNote().field()).isEqualTo("draftedOn");
        assertThat(step("cbp-strategy-2024-2028/adopt").dateNote().field()).isEqualTo("adoptedOn");
    }

    @Test
    void problemsNameTheStepAndWhatIsMissing() {
        HistoryStep good = step("cbp-integrity-strategy-2014/superseded-by/cbp-integrity-accountability-strategy-2023");
        HistoryStep bothDates = new HistoryStep(good.id(), good.action(), null, good.strategyId(), null, null, null,
                good.supersededBy(), null, null, null, null, null, null,
                new HistoryStep.Provenance("STATED", null, null), good.effectiveDate(), "printed", "inferred too",
                good.rationale(), good.source());
        Histories broken = new Histories(null, List.of(bothDates, bothDates));
        assertThat(broken.problems(Corpus.DIR)).containsExactly(
                "step 1 (" + good.id() + "): exactly one of dateStated and dateInferred says how the date was arrived at",
                "step 1 (" + good.id() + "): a stated link cites its document (provenance.citation.document)",
                "step 2 (" + good.id() + "): id is used twice",
                "step 2 (" + good.id() + "): exactly one of dateStated and dateInferred says how the date was arrived at",
                "step 2 (" + good.id() + "): a stated link cites its document (provenance.citation.document)");
    }

    private HistoryStep step(String id) {
        return histories.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
