package org.strategylifecycle.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The driver's parameters, given as {@code --name=value}. Defaults suit a 2-core developer machine.
 *
 * @param baseUrl      command-service, loopback only (default http://localhost:18081)
 * @param user         HTTP Basic user (default editor)
 * @param password     HTTP Basic password (default editor)
 * @param jdbcUrl      the same PostgreSQL database, for the raw INSERT ceiling (required)
 * @param jdbcUser     default postgres
 * @param jdbcPassword default empty
 * @param clients      concurrent clients, and JDBC connections for the ceiling (default 16)
 * @param warmup       per phase, not measured (default 30 s: long enough for the JIT compilers of
 *                     service and driver to settle, which the CPU report shows)
 * @param measure      per phase, measured (default 30 s)
 * @param editions     editions created for the spread phase, at least one per client (default 200)
 * @param goals        goals per edition (default 3)
 * @param hot          also run the phase where every client writes to one edition (default true)
 * @param cpuOf        processes whose CPU time to report, as {@code name:pid,...} (each with its
 *                     descendants); the driver itself is always reported
 */
record BenchOptions(String baseUrl, String user, String password,
                    String jdbcUrl, String jdbcUser, String jdbcPassword,
                    int clients, Duration warmup, Duration measure,
                    int editions, int goals, boolean hot, Map<String, Long> cpuOf) {

    private static final Set<String> NAMES = Set.of("base-url", "user", "password", "jdbc-url", "jdbc-user",
            "jdbc-password", "clients", "warmup-seconds", "measure-seconds", "editions", "goals", "hot", "cpu-of");

    static BenchOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: --" + String.join("=, --", NAMES) + "=");
            }
            given.put(name, arg.substring(eq + 1));
        }
        String jdbcUrl = given.get("jdbc-url");
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("--jdbc-url= is required (the database command-service writes to)");
        }
        int clients = positive(given, "clients", 16);
        BenchOptions options = new BenchOptions(
                given.getOrDefault("base-url", "http://localhost:18081"),
                given.getOrDefault("user", "editor"),
                given.getOrDefault("password", "editor"),
                jdbcUrl,
                given.getOrDefault("jdbc-user", "postgres"),
                given.getOrDefault("jdbc-password", ""),
                clients,
                Duration.ofSeconds(positive(given, "warmup-seconds", 30)),
                Duration.ofSeconds(positive(given, "measure-seconds", 30)),
                Math.max(clients, positive(given, "editions", 200)),
                positive(given, "goals", 3),
                Boolean.parseBoolean(given.getOrDefault("hot", "true")),
                processes(given.getOrDefault("cpu-of", "")));
        options.requireLoopback();
        return options;
    }

    /** The driver loads whatever it points at: only a service on this machine, never a shared one. */
    private void requireLoopback() {
        for (String url : new String[] {baseUrl, jdbcUrl}) {
            if (!url.matches("^(jdbc:postgresql|https?)://(localhost|127\\.0\\.0\\.1|\\[::1])[:/].*")) {
                throw new IllegalArgumentException("loopback only: " + url);
            }
        }
    }

    private static Map<String, Long> processes(String list) {
        Map<String, Long> processes = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                String[] nameAndPid = entry.split(":", 2);
                if (nameAndPid.length != 2) {
                    throw new IllegalArgumentException("--cpu-of takes name:pid,...; got " + entry);
                }
                processes.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
            }
        }
        return processes;
    }

    private static int positive(Map<String, String> given, String name, int fallback) {
        String value = given.get(name);
        int parsed = value == null ? fallback : Integer.parseInt(value);
        if (parsed < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return parsed;
    }
}
