package org.strategylifecycle.query.edition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FastByteArrayOutputStream;
import org.springframework.util.unit.DataSize;
import org.strategylifecycle.query.config.TrackingPositions;
import org.strategylifecycle.query.projection.BatchedWriter;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Editions' answers kept ready as the bytes of their JSON, each rendered once per version of its
 * edition and served from then on without reading or rendering its elements again (docs/adr/0024):
 * the edition now, which dashboards read most, and the edition as of a date or as known at a time,
 * which an auditor's page asks again and again for the same dates. A kept answer costs two small
 * queries (the edition's row, the processor's position) and a copy of bytes, and a client
 * revalidating its copy is answered 304 from the edition's row alone. Questions that see the same
 * rows of the edition's history ({@link EditionReader#seen}) share one kept answer, each with the date
 * and time it asked written in.
 *
 * <p>A kept answer is valid while the edition's row is the one it was rendered from: every event of an
 * edition (its elements, readings, notes and links included) moves that row's {@code version}, and
 * nothing else goes into the answer but the processor's position, which moves with every event of any
 * edition and is therefore written into the kept bytes on each read, as are the date and time asked.
 * Answers rendered while the read models are being rebuilt, or across a reset in this process, are
 * served but not kept: the tables were emptied though no edition's version moved. The kept answers
 * are bounded by the bytes they hold ({@code strategy.edition-answers.cache-size}; Caffeine keeps the
 * most used).
 */
@Component
class EditionAnswers {

    /** Where the position goes: rendered as this value, then replaced by the position of each read. */
    private static final long POSITION_MARK = Long.MIN_VALUE;
    /** Where the date and the time asked go: rendered as these values, then replaced by those of each question. */
    private static final LocalDate DATE_MARK = LocalDate.MIN;
    private static final Instant TIME_MARK = Instant.MIN;
    /** The first block of the buffer an answer is rendered into; each further block doubles. */
    private static final int FIRST_BLOCK = 16 * 1024;

    /** An answer: its bytes, and an entity tag that names its content whatever the position. */
    record Answer(String etag, byte[] body) {
    }

    /** What was asked of an edition: now (both null), as of an effective date, as known at a recorded time. */
    private record Question(String strategyId, LocalDate asOf, Instant knownAt) {
    }

    /**
     * What an answer shows: the edition now (both null), or the edition as a question as of a date
     * ({@code dated}), as known at a time ({@code timed}), sees it ({@link EditionReader#seen}).
     */
    private record State(String strategyId, boolean dated, boolean timed, EditionReader.Seen seen) {
    }

    /**
     * What a kept answer, or a question's state, was found from: the edition's row and the count of
     * resets in this process. It holds while both are the same.
     */
    private record Basis(StrategySummaryView strategy, long resets) {
    }

    /** The state a question was found to see, and from what. */
    private record Asked(Basis basis, State state) {
    }

    /**
     * An answer kept as its rendered bytes, with where each mark starts and ends in them (the date, the
     * time, the position; -1 where the answer has none), the MD5 of the rest, and what it was rendered from.
     */
    private record Kept(Basis basis, byte[] rendered, int[] starts, int[] ends, byte[] digest) {

        /**
         * The bytes with each mark replaced by its value ({@code values}: the date, the time, the
         * position), tagged by the rest and by the date and time asked.
         */
        Answer at(byte[][] values) {
            int length = rendered.length;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] >= 0) {
                    length += values[i].length - (ends[i] - starts[i]);
                }
            }
            byte[] body = new byte[length];
            int from = 0;
            int to = 0;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] >= 0) {
                    System.arraycopy(rendered, from, body, to, starts[i] - from);
                    to += starts[i] - from;
                    System.arraycopy(values[i], 0, body, to, values[i].length);
                    to += values[i].length;
                    from = ends[i];
                }
            }
            System.arraycopy(rendered, from, body, to, rendered.length - from);
            byte[] tag = digest;
            if (starts[DATE] >= 0 || starts[TIME] >= 0) {
                MessageDigest asked = md5();
                asked.update(digest);
                asked.update(starts[DATE] >= 0 ? values[DATE] : NONE);
                asked.update(starts[TIME] >= 0 ? values[TIME] : NONE);
                tag = asked.digest();
            }
            return new Answer("W/\"" + HexFormat.of().formatHex(tag) + '"', body);
        }
    }

    /** The marks in the order of the answer's fields: where they are in {@link Kept}, their values in {@link #answer}. */
    private static final int DATE = 0;
    private static final int TIME = 1;
    private static final int POSITION = 2;
    private static final String[] FIELDS = {"asOf", "knownAt", "position"};
    private static final byte[] NONE = {0};

    private final EditionReader reader;
    private final BatchedWriter writer;
    private final JsonMapper json;
    private final Cache<Question, Asked> asked;
    private final Cache<State, Kept> kept;
    /** Each mark's value as this service's JSON renders it. */
    private final byte[][] marks;

    EditionAnswers(EditionReader reader, BatchedWriter writer, JsonMapper json,
                   @Value("${strategy.edition-answers.cache-size}") DataSize cacheSize,
                   @Value("${strategy.edition-answers.questions}") long questions, MeterRegistry meters) {
        this.reader = reader;
        this.writer = writer;
        this.json = json;
        this.marks = new byte[][] {json.writeValueAsBytes(DATE_MARK), json.writeValueAsBytes(TIME_MARK),
                Long.toString(POSITION_MARK).getBytes(StandardCharsets.US_ASCII)};
        this.asked = Caffeine.newBuilder().maximumSize(questions).recordStats().build();
        this.kept = Caffeine.newBuilder().maximumWeight(cacheSize.toBytes())
                .weigher((State state, Kept k) -> k.rendered().length).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, asked, "edition.questions");
        CaffeineCacheMetrics.monitor(meters, kept, "edition.answers");
    }

    /**
     * The edition as {@link EditionReader#at} reads it and the web layer would render it: now (both
     * null), as of an effective date, as known at a recorded time, or both. Questions that see the
     * same rows of the edition's history share one kept answer, whatever date and time each asked.
     */
    Answer answer(StrategySummaryView strategy, LocalDate asOf, Instant knownAt) {
        TrackingPositions.Progress progress = reader.progress();
        Basis basis = new Basis(strategy, writer.resets());
        Question question = new Question(strategy.strategyId(), asOf, knownAt);
        boolean now = asOf == null && knownAt == null;
        Asked known = now ? null : asked.getIfPresent(question);
        boolean found = !now && (known == null || !known.basis().equals(basis));
        State state = now || found ? state(strategy, asOf, knownAt) : known.state();
        Kept answer = state == null ? null : kept.getIfPresent(state);
        boolean rendered = answer == null || !answer.basis().equals(basis);
        if (rendered) {
            answer = render(basis, asOf, knownAt);
        }
        if (state != null && (found || rendered) && keepable(progress, basis)) {
            if (found) {
                asked.put(question, new Asked(basis, state));
            }
            if (rendered) {
                kept.put(state, answer);
            }
        }
        return answer.at(new byte[][] {
                asOf == null ? null : json.writeValueAsBytes(asOf),
                knownAt == null ? null : json.writeValueAsBytes(knownAt),
                Long.toString(progress.position()).getBytes(StandardCharsets.US_ASCII)});
    }

    /**
     * What the question sees of the edition (one index-only scan of its history rows, remembered by
     * {@link #answer} for the edition's version); null when it sees nothing (the answer is a refusal).
     */
    private State state(StrategySummaryView strategy, LocalDate asOf, Instant knownAt) {
        if (asOf == null && knownAt == null) {
            return new State(strategy.strategyId(), false, false, null);
        }
        EditionReader.Seen seen = reader.seen(strategy.strategyId(), asOf, knownAt);
        return seen.any() ? new State(strategy.strategyId(), asOf != null, knownAt != null, seen) : null;
    }

    /** Not while the read models are being rebuilt, nor across a reset in this process: the tables were emptied. */
    private boolean keepable(TrackingPositions.Progress progress, Basis basis) {
        return !progress.rebuilding() && writer.resets() == basis.resets() && !reader.progress().rebuilding();
    }

    /**
     * Renders straight into UTF-8 bytes, in blocks that are never copied while they fill, then once
     * into an array of the answer's size (docs/benchmarks.md, "Figures: a first answer's
     * allocations"), with marks where the date and time asked and the position go.
     */
    private Kept render(Basis basis, LocalDate asOf, Instant knownAt) {
        EditionView view = reader.at(basis.strategy(), asOf, knownAt, POSITION_MARK);
        FastByteArrayOutputStream out = new FastByteArrayOutputStream(FIRST_BLOCK);
        json.writeValue(out, view.asked(asOf == null ? null : DATE_MARK, knownAt == null ? null : TIME_MARK));
        byte[] rendered = out.toByteArrayUnsafe();
        int[] starts = new int[FIELDS.length];
        int[] ends = new int[FIELDS.length];
        MessageDigest digest = md5();
        int from = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            boolean marked = i == POSITION || (i == DATE ? asOf : knownAt) != null;
            // The first occurrence is the edition's own field: in a text these characters are quoted, so escaped.
            starts[i] = marked ? valueOf(rendered, FIELDS[i], marks[i], from) : -1;
            ends[i] = marked ? starts[i] + marks[i].length : -1;
            if (marked) {
                digest.update(rendered, from, starts[i] - from);
                from = ends[i];
            }
        }
        digest.update(rendered, from, rendered.length - from);
        return new Kept(basis, rendered, starts, ends, digest.digest());
    }

    /** Where the mark of a field's value starts, at or after {@code from}. */
    private static int valueOf(byte[] bytes, String field, byte[] mark, int from) {
        byte[] name = ('"' + field + "\":").getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= bytes.length - name.length - mark.length; i++) {
            if (Arrays.equals(bytes, i, i + name.length, name, 0, name.length)
                    && Arrays.equals(bytes, i + name.length, i + name.length + mark.length, mark, 0, mark.length)) {
                return i + name.length;
            }
        }
        throw new IllegalStateException("an edition's answer has no " + field + " field where it was asked");
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
