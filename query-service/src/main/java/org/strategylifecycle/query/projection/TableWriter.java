package org.strategylifecycle.query.projection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.StrategyJson;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The three ways the read models write a batch's rows, each one round trip per table and batch: JDBC
 * batches ({@link #batch}) for updates and upserts, one {@code unnest} statement ({@link #upsert}) where
 * a table takes many rows of many columns at once, and COPY ({@link #copy}) for rows that are only
 * ever appended. Every text goes in as the read models store text ({@link ReadModelText}).
 */
@Component
public class TableWriter {

    private final JdbcTemplate jdbc;

    TableWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public <T> void batch(String sql, Collection<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, 1000, setter);
        }
    }

    /** A column of a set-based statement: its rows' values as one array parameter. */
    public record Column<T>(String type, Function<T, Object> value) {
    }

    public static <T> Column<T> column(String type, Function<T, Object> value) {
        return new Column<>(type, value);
    }

    /** One statement for all the rows, each column an array that {@code unnest} turns back into rows. */
    @SafeVarargs
    public final <T> void upsert(String sql, List<T> rows, Column<T>... columns) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.update(sql, ps -> {
            for (int i = 0; i < columns.length; i++) {
                Object[] values = new Object[rows.size()];
                for (int r = 0; r < values.length; r++) {
                    values[r] = columns[i].value().apply(rows.get(r));
                }
                ps.setArray(i + 1, array(ps, columns[i].type(), values));
            }
        });
    }

    /**
     * Appends rows with COPY, PostgreSQL's fastest way in. COPY knows no "on conflict": rows appended
     * this way are keyed on their event, and {@link BatchedWriter} left out the events applied before;
     * should one slip through anyway (a second writer), the unique key fails the batch, which is then
     * retried and finds it applied. The rows go out in chunks of about {@value CopyRow#CHUNK} bytes as
     * they are written, so a batch's rows never sit in memory whole; a row writer that throws cancels
     * the COPY, and nothing of it is stored.
     */
    public <T> void copy(String sql, List<T> rows, BiConsumer<CopyRow, T> writer) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                CopyRow text = new CopyRow(copy, rows.size());
                for (T row : rows) {
                    writer.accept(text, row);
                    text.end();
                }
                text.flush();
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** Empties tables of schema {@code query}, for a replay from the first event. */
    public void truncate(List<String> tables) {
        jdbc.update("truncate " + String.join(", ", tables.stream().map(t -> "query." + t).toList()));
    }

    /** A value as JSON text, as the read models store JSON. */
    public static String json(Object value) {
        return value == null ? null : ReadModelText.ofJson(StrategyJson.mapper().writeValueAsString(value));
    }

    public static void text(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, ReadModelText.of(value));
    }

    public static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    public static Array array(PreparedStatement ps, String type, Object[] values) throws SQLException {
        if (values instanceof String[] || values.length > 0 && values[0] instanceof String) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String text) {
                    values[i] = ReadModelText.of(text);
                }
            }
        }
        return ps.getConnection().createArrayOf(type, values);
    }

    /**
     * One COPY row in COPY's text format (tab-separated, \N for null, backslash escapes), written
     * straight into UTF-8 bytes (the driver would otherwise encode a string of the whole batch once
     * more) and sent on each time a chunk is full. Backslash, tab, newline and carriage return are the
     * only bytes COPY needs escaped, and in UTF-8 they never occur inside a multi-byte character; a
     * value's bytes between two of them are copied as one run (most values hold none: JSON documents
     * escape their control characters).
     */
    public static final class CopyRow {
        /**
         * How many bytes are sent to PostgreSQL at a time. A batch's rows were kept whole before
         * (2,048 bytes a row, about 4 MB for 2,000 events): a sixth of a replay's young collections
         * (docs/benchmarks.md, "Figures: COPY in chunks, and the replay's collections").
         */
        static final int CHUNK = 64 * 1024;
        /** The bytes that cannot go into COPY's text format as they are. */
        private static final boolean[] SPECIAL = new boolean[256];

        static {
            for (char c : new char[] {0, '\\', '\t', '\n', '\r'}) {
                SPECIAL[c] = true;
            }
        }

        private final CopyIn copy;
        /**
         * At most a chunk and room for the row that fills it, less for a few rows (a live batch holds
         * one or two events); grows only for a row larger than that.
         */
        private byte[] bytes;
        private int length;
        private boolean first = true;

        /** For {@code rows} rows of about history size (1.5 KB each). */
        CopyRow(CopyIn copy, int rows) {
            this.copy = copy;
            this.bytes = new byte[(int) Math.min(2L * CHUNK, Math.max(1 << 12, rows * 2048L))];
        }

        public CopyRow add(Object value) {
            if (!first) {
                put((byte) '\t');
            }
            first = false;
            if (value == null) {
                put((byte) '\\');
                put((byte) 'N');
                return this;
            }
            byte[] text = (value instanceof Boolean b ? (b ? "t" : "f") : value.toString()).getBytes(StandardCharsets.UTF_8);
            ensure(text.length * 3); // an escape takes two bytes, a NUL three
            int run = 0;
            for (int i = 0; i < text.length; i++) {
                byte c = text[i];
                if (SPECIAL[c & 0xFF]) {
                    copy(text, run, i);
                    run = i + 1;
                    switch (c) {
                        case 0 -> symbolForNul();
                        case '\\' -> escaped((byte) '\\');
                        case '\t' -> escaped((byte) 't');
                        case '\n' -> escaped((byte) 'n');
                        default -> escaped((byte) 'r');
                    }
                }
            }
            copy(text, run, text.length);
            return this;
        }

        /** Ends the row; sends what was written once a chunk is full. */
        void end() throws SQLException {
            put((byte) '\n');
            first = true;
            if (length >= CHUNK) {
                flush();
            }
        }

        /** Sends what was written and not yet sent. */
        void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(bytes, 0, length);
                length = 0;
            }
        }

        private void copy(byte[] text, int from, int to) {
            System.arraycopy(text, from, bytes, length, to - from);
            length += to - from;
        }

        /** U+0000 is the only character whose UTF-8 holds a zero byte: it goes in as U+2400 ({@link ReadModelText}). */
        private void symbolForNul() {
            bytes[length++] = (byte) 0xE2;
            bytes[length++] = (byte) 0x90;
            bytes[length++] = (byte) 0x80;
        }

        private void escaped(byte c) {
            bytes[length++] = '\\';
            bytes[length++] = c;
        }

        private void put(byte c) {
            ensure(2);
            bytes[length++] = c;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
