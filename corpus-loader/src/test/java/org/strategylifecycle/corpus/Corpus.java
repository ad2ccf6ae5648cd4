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
