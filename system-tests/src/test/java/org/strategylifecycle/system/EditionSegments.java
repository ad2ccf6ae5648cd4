package org.strategylifecycle.system;

import org.awaitility.Awaitility;
import org.strategylifecycle.devdb.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Who holds the segments of the editions projection, as the token table that all query-services share says. */
final class EditionSegments {

    private EditionSegments() {
    }

    /** Each process ends up with one segment: whichever started first and holds both hands one over, as an admin would. */
    static void split(TestDatabase.Connection database, ServiceProcess first, ServiceProcess second) {
        Map<Integer, String> owners = await(database, "both segments claimed",
                o -> o.size() == 2 && !o.containsValue(null));
        if (owners.get(0).equals(owners.get(1))) {
            ServiceProcess holder = first.owns(owners.get(0)) ? first : second;
            Api.Answer released = new Api(holder.port(), "admin").post("/api/admin/projections/editions/segments/1/release", "");
            if (released.status() != 202) {
                throw new AssertionError("release answered " + released);
            }
        }
        await(database, "one segment per process",
                o -> o.values().stream().anyMatch(first::owns) && o.values().stream().anyMatch(second::owns));
    }

    /** Polls the owners of the editions segments until {@code condition} holds. */
    static Map<Integer, String> await(TestDatabase.Connection database, String what,
                                      Predicate<Map<Integer, String>> condition) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> owners(database), condition);
    }

    static Map<Integer, String> owners(TestDatabase.Connection database) throws SQLException {
        Map<Integer, String> owners = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             var rows = c.createStatement().executeQuery(
                     "select segment, owner from query.token_entry where processor_name = 'editions'")) {
            while (rows.next()) {
                owners.put(rows.getInt("segment"), rows.getString("owner"));
            }
        }
        return owners;
    }
}
