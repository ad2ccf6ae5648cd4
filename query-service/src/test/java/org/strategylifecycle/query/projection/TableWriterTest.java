package org.strategylifecycle.query.projection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.strategylifecycle.devdb.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What COPY's text format takes in, read back from a real PostgreSQL: every byte a client can send. */
class TableWriterTest {

    private static SingleConnectionDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() throws Exception {
        TestDatabase.Connection db = TestDatabase.create("tablewriter");
        dataSource = new SingleConnectionDataSource(db.url(), db.user(), db.password(), true);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table copied (n integer primary key, t text, j json, b boolean)");
        jdbc.execute("create table chunked (n integer primary key, t text)");
    }

    @AfterAll
    static void close() {
        dataSource.destroy();
    }

    @Test
    void everyTextComesBackAsSentWithNulAsItsSymbol() {
        List<String> texts = List.of(
                "plain text of one run, long enough to be copied at once: " + "x".repeat(3000),
                "a\\b\tc\nd\re", "\\", "\t\t", "\n", "\r\n", "ends with a backslash \\", "\\N", "",
                "N\u0000UL", "\u0000", "Zoë – “quoted” ✓ 𝄞 at the end", "\u0001\u0008\u000B\u000C\u001F\u007F",
                "\\t is not a tab", "tab\tbetween\\and\u0000after");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Object[] {i, texts.get(i), "{\"v\":\"" + i + "\\\\ \\\"q\\\" \\n é\"}", i % 2 == 0});
        }
        rows.add(new Object[] {texts.size(), null, null, null});

        new TableWriter(jdbc).copy("copy copied (n, t, j, b) from stdin", rows, (row, values) -> {
            for (Object value : values) {
                row.add(value);
            }
        });

        List<Object[]> back = jdbc.query("select n, t, j::text, b from copied order by n",
                (rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4)});
        assertThat(back).hasSize(rows.size());
        for (int i = 0; i < texts.size(); i++) {
            Object[] expected = rows.get(i).clone();
            expected[1] = texts.get(i).replace(ReadModelText.NUL, ReadModelText.NUL_SYMBOL);
            assertThat(back.get(i)).as("row %d: %s", i, Arrays.toString(rows.get(i))).containsExactly(expected);
        }
        assertThat(back.get(texts.size())).containsExactly(texts.size(), null, null, null);
    }

    /**
     * Rows go out in chunks as they are written: rows with escapes and multi-byte characters that
     * fill many chunks, and one value larger than a chunk, all come back as sent.
     */
    @Test
    void rowsOfManyChunksComeBackAsSent() {
        jdbc.execute("truncate chunked");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new Object[] {i, i + ": " + "é\\\t✓𝄞\n".repeat(i % 97) + "x".repeat(i * 7 % 1500)});
        }
        rows.add(new Object[] {500, "a value larger than a chunk " + "\\\tüx".repeat(3 * TableWriter.CopyRow.CHUNK / 5)});

        new TableWriter(jdbc).copy("copy chunked (n, t) from stdin", rows, (row, values) -> {
            row.add(values[0]);
            row.add(values[1]);
        });

        List<Object[]> back = jdbc.query("select n, t from chunked order by n", (rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)});
        assertThat(back).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(back.get(i)).as("row %d", i).containsExactly(rows.get(i));
        }
    }

    /** A row writer that fails after chunks went out cancels the COPY: nothing is stored, and the connection still serves. */
    @Test
    void aRowWriterThatFailsStoresNothing() {
        jdbc.execute("truncate chunked");
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(i);
        }

        assertThatThrownBy(() -> new TableWriter(jdbc).copy("copy chunked (n, t) from stdin", rows, (row, n) -> {
            if (n == 250) {
                throw new IllegalStateException("no row " + n);
            }
            row.add(n);
            row.add("y".repeat(1000));
        })).isInstanceOf(IllegalStateException.class).hasMessage("no row 250");

        // A COPY left open would hold the connection: the query would wait for ever.
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> jdbc.queryForObject("select count(*) from chunked", Long.class))).isZero();
    }
}
