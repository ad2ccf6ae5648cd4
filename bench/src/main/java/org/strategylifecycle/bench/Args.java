package org.strategylifecycle.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} arguments of the replay and read drivers; unknown names are refused. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, String... names) {
        List<String> known = List.of(names);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !known.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: --" + String.join("=, --", known) + "=");
            }
            values.put(name, arg.substring(eq + 1));
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long integer(String name, long fallback) {
        String value = values.get(name);
        long parsed = value == null ? fallback : Long.parseLong(value.replace("_", ""));
        if (parsed < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return parsed;
    }

    /** The drivers load whatever they point at: only a database or service on this machine. */
    String loopback(String name, String fallback) {
        String url = get(name, fallback);
        if (url == null || !url.matches("^(jdbc:postgresql|https?)://(localhost|127\\.0\\.0\\.1|\\[::1])[:/].*")) {
            throw new IllegalArgumentException("--" + name + "= must be a loopback URL; got " + url);
        }
        return url;
    }

    String loopbackJdbcUrl() {
        return loopback("jdbc-url", null);
    }
}
