package org.strategylifecycle.query.projection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.strategylifecycle.devdb.TestDatabase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
