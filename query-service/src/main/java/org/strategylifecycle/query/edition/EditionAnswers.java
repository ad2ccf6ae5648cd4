package org.strategylifecycle.query.edition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * revalidating its copy is answered 304 from the edition's row alone.
 *
 * <p>A kept answer is valid while the edition's row is the one it was rendered from: every event of an
 * edition (its elements, readings, notes and links included) moves that row's {@code version}, and
 * nothing else goes into the answer but the processor's position, which moves with every event of any
 * edition and is therefore written into the kept bytes on each read. Answers rendered while the read
 * models are being rebuilt, or across a reset in this process, are served but not kept: the tables
 * were emptied though no edition's version moved. The kept answers are bounded by the bytes they hold
 * ({@code strategy.edition-answers.cache-size}; Caffeine keeps the most used).
 */
@Component
class EditionAnswers {

    /** Where the position goes: rendered as this value, then cut out. */
    private static final long POSITION_MARK = Long.MIN_VALUE;
    private static final byte[] POSITION_FIELD = ("\"position\":" + POSITION_MARK).getBytes(StandardCharsets.US_ASCII);
    private static final int MARK_LENGTH = Long.toString(POSITION_MARK).length();
    /** The first block of the buffer an answer is rendered into; each further block doubles. */
    private static final int FIRST_BLOCK = 16 * 1024;

    /** An answer: its bytes, and an entity tag that names its content whatever the position. */
    record Answer(String etag, byte[] body) {
    }

    /** What was asked of an edition: now (both null), as of an effective date, as known at a recorded time. */
    private record Question(String strategyId, LocalDate asOf, Instant knownAt) {
    }

    /**
     * An answer kept as its rendered bytes, whose position's value (the mark) starts at {@code valueAt},
     * with the edition's row and the reset count it was rendered from.
     */
    private record Kept(StrategySummaryView strategy, long resets, byte[] rendered, int valueAt, String etag) {

        boolean renderedFrom(StrategySummaryView current, long resetsNow) {
            return strategy.equals(current) && resets == resetsNow;
        }

        Answer at(long position) {
            byte[] value = Long.toString(position).getBytes(StandardCharsets.US_ASCII);
            int tail = valueAt + MARK_LENGTH;
            byte[] body = new byte[rendered.length - MARK_LENGTH + value.length];
            System.arraycopy(rendered, 0, body, 0, valueAt);
            System.arraycopy(value, 0, body, valueAt, value.length);
            System.arraycopy(rendered, tail, body, valueAt + value.length, rendered.length - tail);
            return new Answer(etag, body);
        }
    }

    private final EditionReader reader;
    private final BatchedWriter writer;
    private final JsonMapper json;
    private final Cache<Question, Kept> kept;

    EditionAnswers(EditionReader reader, BatchedWriter writer, JsonMapper json,
                   @Value("${strategy.edition-answers.cache-size}") DataSize cacheSize) {
        this.reader = reader;
        this.writer = writer;
        this.json = json;
        this.kept = Caffeine.newBuilder().maximumWeight(cacheSize.toBytes())
                .weigher((Question question, Kept k) -> k.rendered().length).build();
    }

    /**
     * The edition as {@link EditionReader#at} reads it and the web layer would render it: now (both
     * null), as of an effective date, as known at a recorded time, or both.
     */
    Answer answer(StrategySummaryView strategy, LocalDate asOf, Instant knownAt) {
        TrackingPositions.Progress progress = reader.progress();
        long resets = writer.resets();
        Question question = new Question(strategy.strategyId(), asOf, knownAt);
        Kept answer = kept.getIfPresent(question);
        if (answer == null || !answer.renderedFrom(strategy, resets)) {
            answer = render(strategy, asOf, knownAt, resets);
            if (!progress.rebuilding() && writer.resets() == resets && !reader.progress().rebuilding()) {
                kept.put(question, answer);
            }
        }
        return answer.at(progress.position());
    }

    /**
     * Renders straight into UTF-8 bytes, in blocks that are never copied while they fill, then once
     * into an array of the answer's size: about a quarter of what rendering to a string and cutting
     * it in two allocated (docs/benchmarks.md, "Figures: a first answer's allocations").
     */
    private Kept render(StrategySummaryView strategy, LocalDate asOf, Instant knownAt, long resets) {
        FastByteArrayOutputStream out = new FastByteArrayOutputStream(FIRST_BLOCK);
        json.writeValue(out, reader.at(strategy, asOf, knownAt, POSITION_MARK));
        byte[] rendered = out.toByteArrayUnsafe();
        // The first occurrence is the edition's own field: in a text these characters are quoted, so escaped.
        int at = indexOf(rendered, POSITION_FIELD);
        if (at < 0) {
            throw new IllegalStateException("an edition's answer has no position field");
        }
        int valueAt = at + POSITION_FIELD.length - MARK_LENGTH;
        MessageDigest digest = md5();
        digest.update(rendered, 0, valueAt);
        digest.update(rendered, valueAt + MARK_LENGTH, rendered.length - valueAt - MARK_LENGTH);
        return new Kept(strategy, resets, rendered, valueAt, "W/\"" + HexFormat.of().formatHex(digest.digest()) + '"');
    }

    private static int indexOf(byte[] bytes, byte[] field) {
        for (int i = 0; i <= bytes.length - field.length; i++) {
            if (Arrays.equals(bytes, i, i + field.length, field, 0, field.length)) {
                return i;
            }
        }
        return -1;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
