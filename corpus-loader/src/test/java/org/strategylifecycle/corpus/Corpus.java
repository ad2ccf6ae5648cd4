package org.strategylifecycle.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's corpus as the tests read it: the transcriptions and the histories file. */
final class Corpus {

    static final Path DIR = Path.of("..", "corpus");
    static final Path SOURCES = Path.of("..", "..", "shared", "corpus");

    /**
     * An edition's period as its texts print it: the words that print it ({@code printed}, null when no
     * text gives one) in the source text that prints them, the label the transcription records, and
     * the years the service must hold; a year no text prints is absent, or marked (see {@code inferredFrom}).
     */
    record PrintedPeriod(String file, String source, String printed, String label, Integer fromYear, Integer toYear) {
    }

    static final List<PrintedPeriod> PERIODS = List.of(
            new PrintedPeriod("cbp-integrity-accountability-strategy-2023.xml", "cbp-integrity-accountability-strategy-2023",
                    "Integrity and Accountability Strategy of 2023", "2023", 2023, null),
            new PrintedPeriod("cbp-strategy-2020-2025.xml", "cbp-strategy-2020-2025", "STRATEGY 2020–2025", "2020–2025", 2020, 2025),
            new PrintedPeriod("cbp-strategy-2024-2028.xml", "cbp-strategy-2024-2028", "STRATEGY 2024–2028", "2024–2028", 2024, 2028),
            new PrintedPeriod("ofo-poe-strategic-plan-fy2007-2011.xml", "ofo-poe-strategic-plan-fy2007-2011",
                    "Strategic Plan FY 2007–2011", "FY 2007–2011", 2007, 2011),
            new PrintedPeriod("opr-strategy-2024-2028.xml", "opr-strategy-2024-2028", "OPR Strategy 2024-2028", "2024-2028", 2024, 2028),
            new PrintedPeriod("referenced/cbp-integrity-strategy-2014.xml", "cbp-integrity-accountability-strategy-2023",
                    "Integrity and Personal Accountability Strategy of 2014", "2014", 2014, null),
            new PrintedPeriod("referenced/cbp-strategy-2021-2026.xml", "opr-strategy-2024-2028", "CBP Strategy 2021-2026",
                    "2021-2026", 2021, 2026),
            new PrintedPeriod("referenced/dhs-strategic-plan-2020-2024.xml", "opr-strategy-2024-2028", "DHS Strategic Plan 2020-2024",
                    "2020-2024", 2020, 2024),
            // No text gives Protecting America's period: the service needs a first year and marks the one it records.
            new PrintedPeriod("referenced/cbp-protecting-america.xml", "ofo-poe-strategic-plan-fy2007-2011", null, "not quoted",
                    null, null));

    /** A source text, whitespace collapsed. */
    static String source(String edition) {
        try {
            return Files.readString(SOURCES.resolve(edition + ".txt")).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Corpus() {
    }

    static Histories histories() {
        return Histories.read(DIR.resolve("histories.json"));
    }

    /** corpus/*.xml and corpus/referenced/*.xml, as paths relative to corpus/. */
    static List<String> transcriptions() {
        try (Stream<Path> files = Stream.concat(Files.list(DIR), Files.list(DIR.resolve("referenced")))) {
            return files.filter(f -> f.toString().endsWith(".xml")).map(f -> DIR.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a {@code key: value} line of the document's own OtherInformation (the first one). */
    static Optional<String> metadata(String file, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + ":\\s*([^;\\s]+)").matcher(text(file));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The {@code aligns-to:} lines of a transcription: the alignments its printed tables state or imply. */
    static List<String> alignsTo(String file) {
        return text(file).lines().map(String::strip).filter(l -> l.startsWith("aligns-to:")).toList();
    }
}
