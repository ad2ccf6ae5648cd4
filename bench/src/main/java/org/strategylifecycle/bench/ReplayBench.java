package org.strategylifecycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay benchmark's two measurements, run by bench/run-replay-bench.sh:
 * <ul>
 * <li>{@code --phase=ceiling}: reads every event of the store through Axon's JDBC storage engine
 * (the services' setup, same fetch batch size) and deserializes its payload and metadata, without
 * projecting: the rate no projection can beat.</li>
 * <li>{@code --phase=replay}: watches a query-service process (started by the script on an empty
 * schema {@code query}, so its processor starts from token zero) until its read models reflect the
 * last event; samples its memory from /proc/&lt;pid&gt;/status; prints events/s beside the ceiling.</li>
 * <li>{@code --phase=await}: waits until the read models reflect the last event (for the read bench).</li>
 * <li>{@code --phase=reset}: drops the schema {@code query}, so the next query-service starts from an
 * empty read model and the first event.</li>
 * </ul>
 * Not a test: it asserts nothing about timings, but exits 1 when the replay stalls or fails.
 */
final class ReplayBench {

    private static final long SAMPLE_MILLIS = 200;

    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "phase", "jdbc-url", "jdbc-user", "jdbc-password", "pid", "postgres-pid", "ceiling",
                "timeout-seconds");
        String url = a.loopbackJdbcUrl();
        String user = a.get("jdbc-user", "postgres");
        String password = a.get("jdbc-password", "");
        switch (a.get("phase", "")) {
            case "ceiling" -> ceiling(url, user, password, a);
            case "replay" -> replay(url, user, password, a);
            case "await" -> await(url, user, password, a);
            case "reset" -> {
                try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                    s.execute("drop schema if exists query cascade");
                }
            }
            default -> throw new IllegalArgumentException("--phase=ceiling, replay, await or reset");
        }
    }

    private static void ceiling(String url, String user, String password, Args a) throws Exception {
        try (StoreAccess store = StoreAccess.open(url, user, password)) {
            long total = store.count();
            CpuMeter cpu = new CpuMeter(processes(a));
            cpu.start();
            long started = System.nanoTime();
            long[] payloadTypes = {0};
            long read = store.readAll(event -> {
                if (event.getPayload() != null && !event.getMetaData().isEmpty()) {
                    payloadTypes[0]++;
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            CpuMeter.Usage usage = cpu.stop();
            if (read != total || payloadTypes[0] != total) {
                throw new IllegalStateException("read " + read + " events (" + payloadTypes[0] + " with payload and metadata) of " + total);
            }
            System.out.printf("ceiling: read and deserialized %,d events in %.1f s: %.0f events/s%n", read, seconds, read / seconds);
            System.out.println("ceiling CPU, core-seconds: " + cpuLine(usage));
        }
    }

    private static void replay(String url, String user, String password, Args a) throws Exception {
        long pid = a.integer("pid", 0);
        double ceiling = Double.parseDouble(a.get("ceiling", "0"));
        long timeoutNanos = a.integer("timeout-seconds", 1800) * 1_000_000_000L;
        String machineAtStart = Report.machine();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long target = single(c, "select coalesce(max(global_index), 0) from public.domain_event_entry");
            long events = single(c, "select count(*) from public.domain_event_entry");
            Memory memory = new Memory(pid);
            CpuMeter cpu = new CpuMeter(processes(a));
            long begin = System.nanoTime();
            long firstNanos = 0;
            long firstPosition = 0;
            long lastLog = begin;
            long position = 0;
            boolean timedOut = false;
            while (position < target) {
                if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException("query-service (pid " + pid + ") stopped at position " + position);
                }
                if (System.nanoTime() - begin > timeoutNanos && firstNanos > 0) {
                    timedOut = true;
                    break;
                }
                Thread.sleep(SAMPLE_MILLIS);
                position = position(c);
                memory.sample();
                long now = System.nanoTime();
                if (firstNanos == 0 && position > 0) {
                    firstNanos = now;
                    firstPosition = position;
                    cpu.start();
                    memory.startReplay();
                }
                if (now - lastLog > 10_000_000_000L) {
                    lastLog = now;
                    System.err.printf("[replay] position %,d of %,d; %s%n", position, target, memory.now());
                }
            }
            // With several segments the highest position is reached before the slower segment is done:
            // every event leaves one history row, so done is when they are all there.
            while (!timedOut && single(c, "select count(*) from query.change") < events) {
                Thread.sleep(SAMPLE_MILLIS);
                memory.sample();
            }
            long endNanos = System.nanoTime();
            CpuMeter.Usage usage = cpu.stop();
            memory.sample();
            double seconds = (endNanos - firstNanos) / 1e9;
            long reached = timedOut ? position(c) : target;
            long measured = reached - firstPosition;
            double rate = measured / seconds;
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : List.of("change", "element", "strategy", "measure_reading", "link")) {
                rows.put(table, single(c, "select count(*) from query." + table));
            }
            System.out.println("----- replay bench results -----");
            System.out.println("machine at start: " + machineAtStart);
            System.out.println("machine at end:   " + Report.machine());
            System.out.printf("event store: %,d events (last position %,d)%n", events, target);
            if (timedOut) {
                System.out.println("INCOMPLETE: the timeout ran out before the replay reached the last event");
            }
            System.out.printf("replay: %,d events (positions %,d to %,d) in %.1f s: %.0f events/s "
                            + "(start-up and the first %,d events not counted)%n",
                    measured, firstPosition, reached, seconds, rate, firstPosition);
            if (ceiling > 0) {
                System.out.printf("ceiling (read + deserialize, no projection): %.0f events/s; ratio replay ÷ ceiling: %.3f%n",
                        ceiling, rate / ceiling);
            }
            System.out.println("read-model rows: " + rows);
            System.out.printf("replay CPU, core-seconds (µs per event): %s%n", cpuLine(usage, measured));
            System.out.println("query-service memory: " + memory.summary());
            System.out.println("query-service JVM options: " + jvmOptions(pid));
            System.out.println("----- end of results -----");
            if (timedOut) {
                System.exit(1);
            }
        }
    }

    private static void await(String url, String user, String password, Args a) throws Exception {
        long deadline = System.nanoTime() + a.integer("timeout-seconds", 1800) * 1_000_000_000L;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long target = single(c, "select coalesce(max(global_index), 0) from public.domain_event_entry");
            long events = single(c, "select count(*) from public.domain_event_entry");
            for (long position = position(c); position < target
                    || single(c, "select count(*) from query.change") < events; position = position(c)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the read models reached only position " + position + " of " + target);
                }
                System.err.printf("[await] read models at position %,d of %,d%n", position, target);
                Thread.sleep(5_000);
            }
        }
    }

    private static long position(Connection c) {
        try {
            return single(c, "select coalesce(max(global_index), 0) from query.change");
        } catch (SQLException e) {
            return 0; // the schema is not there yet: Flyway has not run
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> processes(Args a) {
        Map<String, Long> processes = new LinkedHashMap<>();
        if (a.integer("pid", 0) > 0) {
            processes.put("query-service", a.integer("pid", 0));
        }
        if (a.integer("postgres-pid", 0) > 0) {
            processes.put("postgres", a.integer("postgres-pid", 0));
        }
        return processes;
    }

    private static String cpuLine(CpuMeter.Usage usage) {
        return cpuLine(usage, 0);
    }

    private static String cpuLine(CpuMeter.Usage usage, long events) {
        StringBuilder line = new StringBuilder();
        usage.processes().forEach((name, seconds) -> line.append(events == 0 ? " %s %.1f".formatted(name, seconds)
                : " %s %.1f (%.1f)".formatted(name, seconds, seconds * 1e6 / events)));
        usage.others().ifPresent(others -> line.append(" | rest of machine %.1f".formatted(others)));
        usage.machineBusy().ifPresent(busy -> line.append(" | machine busy %.1f of %.1f".formatted(
                busy, usage.cores() * usage.wallSeconds())));
        return line.toString().trim();
    }

    private static String jvmOptions(long pid) {
        try {
            String[] words = Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0");
            StringBuilder options = new StringBuilder();
            for (String word : words) {
                if (word.startsWith("-X") || word.startsWith("-D")) {
                    options.append(word).append(' ');
                }
            }
            return options.isEmpty() ? "(none: JVM defaults)" : options.toString().trim();
        } catch (IOException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }

    /** VmRSS and VmHWM of a process, from /proc/&lt;pid&gt;/status (Linux only). */
    private static final class Memory {
        private final Path status;
        private long rssKb;
        private long hwmKb;
        private long startKb;
        private long peakDuringReplayKb;
        private boolean replaying;

        Memory(long pid) {
            this.status = Path.of("/proc/" + pid + "/status");
        }

        void sample() {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        rssKb = kilobytes(line);
                    } else if (line.startsWith("VmHWM:")) {
                        hwmKb = kilobytes(line);
                    }
                }
                if (replaying) {
                    peakDuringReplayKb = Math.max(peakDuringReplayKb, rssKb);
                }
            } catch (IOException e) {
                // the process is gone; the caller notices
            }
        }

        void startReplay() {
            replaying = true;
            startKb = rssKb;
            peakDuringReplayKb = rssKb;
        }

        String now() {
            return "RSS %d MiB".formatted(rssKb / 1024);
        }

        String summary() {
            return "RSS when the replay started %d MiB, highest sampled during it %d MiB, at the end %d MiB; VmHWM %d MiB"
                    .formatted(startKb / 1024, peakDuringReplayKb / 1024, rssKb / 1024, hwmKb / 1024);
        }

        private static long kilobytes(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }
}
