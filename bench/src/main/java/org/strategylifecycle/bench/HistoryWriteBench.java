package org.strategylifecycle.bench;

import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the live-update columns, index and trigger (V5__live_updates.sql) cost the projection: history
 * rows written as the projection writes them (COPY, 2,000 rows a transaction) into query-service's
 * history table as migrated up to V4 and up to V5 (two schemas of one database), alternating, each
 * round in a fresh aggregate range. Prints, per row, the wall time and the CPU time of the
 * PostgreSQL backend that wrote it (from /proc: the database runs on this machine), which the rest of a
 * busy machine disturbs less, for each round and as medians.
 */
final class HistoryWriteBench {

    private static final String COLUMNS = "aggregate_id, sequence_number, global_index, strategy_id, element_id,"
            + " element_type, event_type, change_kind, effective_date, recorded_at, actor, rationale, source,"
            + " content_change, status_after, before, after";
    private static final int PER_TRANSACTION = 2000;

    private HistoryWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "jdbc-url", "rows", "rounds", "migrations");
        String url = a.loopback("jdbc-url", null);
        int rows = (int) a.integer("rows", 100_000);
        int rounds = (int) a.integer("rounds", 6);
        Path migrations = Path.of(a.get("migrations", "query-service/src/main/resources/db/query"));
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            migrate(c, migrations, "before_live", 4);
            migrate(c, migrations, "with_live", 5);
        }
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        List<Long> beforeCpu = new ArrayList<>();
        List<Long> afterCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<String> order = round % 2 == 0 ? List.of("before_live", "with_live") : List.of("with_live", "before_live");
            for (String schema : order) {
                long[] spent = copy(url, schema, round, rows);
                boolean withoutLive = schema.equals("before_live");
                (withoutLive ? before : after).add(spent[0] / rows);
                (withoutLive ? beforeCpu : afterCpu).add(spent[1] / rows);
                System.out.printf("round %d, history as of %s: %,d ns per row, backend CPU %,d ns per row%n", round,
                        withoutLive ? "V4" : "V5", spent[0] / rows, spent[1] / rows);
            }
        }
        System.out.printf("median per history row, %,d rows a round, %d rounds: wall up to V4 %,d ns, with V5 %,d ns;"
                + " backend CPU up to V4 %,d ns, with V5 %,d ns%n", rows, rounds, median(before), median(after),
                median(beforeCpu), median(afterCpu));
    }

    /** query-service's migrations up to {@code version}, in a schema of their own. */
    private static void migrate(Connection c, Path migrations, String schema, int version) throws Exception {
        try (Statement s = c.createStatement(); Stream<Path> files = Files.list(migrations)) {
            s.execute("create schema " + schema);
            s.execute("set search_path = " + schema);
            for (Path file : files.sorted().toList()) {
                int v = Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
                if (v <= version) {
                    s.execute(Files.readString(file));
                }
            }
        }
    }

    /** Wall and backend CPU nanoseconds the rows took. */
    private static long[] copy(String url, String schema, int round, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            long backend;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select pg_backend_pid()")) {
                rs.next();
                backend = rs.getLong(1);
            }
            c.setAutoCommit(false);
            PGConnection pg = c.unwrap(PGConnection.class);
            long cpu = cpuNanos(backend);
            long start = System.nanoTime();
            for (int from = 0; from < rows; from += PER_TRANSACTION) {
                StringBuilder text = new StringBuilder(PER_TRANSACTION * 200);
                for (int i = from; i < from + PER_TRANSACTION; i++) {
                    String edition = "edition-" + round + "-" + i / 300;
                    text.append(edition).append('\t').append(i % 300).append('\t').append((long) round * rows + i)
                            .append('\t').append(edition).append("\tgoal-").append(i % 7)
                            .append("\tGOAL\tGoalRevised\tREVISION\t2024-01-01\t2024-01-01 00:00:00+00\teditor\tclearer")
                            .append("\t\\N\tt\t\\N\t{\"title\":\"Goal ").append(i).append("\"}\t{\"title\":\"Goal ")
                            .append(i + 1).append("\"}\n");
                }
                try {
                    pg.getCopyAPI().copyIn("copy " + schema + ".change (" + COLUMNS + ") from stdin",
                            new StringReader(text.toString()));
                } catch (java.io.IOException e) {
                    throw new SQLException(e);
                }
                c.commit();
            }
            return new long[]{System.nanoTime() - start, cpuNanos(backend) - cpu};
        }
    }

    /** User and system CPU of a process, from /proc/PID/stat (clock ticks of 10 ms). */
    private static long cpuNanos(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
