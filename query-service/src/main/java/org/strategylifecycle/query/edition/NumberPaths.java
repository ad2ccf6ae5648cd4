package org.strategylifecycle.query.edition;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An element's full number: its own number after those of the numbered elements above it, each with
 * its kind ("Goal 2, Objective 3"). Plans quoted only by the crosswalks of others number their
 * objectives within each goal (CBP Strategy 2021–2026 has an Objective 3 under Goals 2 and 3), so the
 * number alone does not say which objective a row means. An element without a number of its own has none.
 */
public final class NumberPaths {

    private record Node(String parentId, String type, String number) {
    }

    private final Map<String, Node> nodes = new HashMap<>();

    private NumberPaths() {
    }

    /** The elements of these editions, read once for every row of a view ({@link EditionReader#numberPaths}). */
    static NumberPaths of(JdbcClient jdbc, Set<String> strategyIds) {
        NumberPaths paths = new NumberPaths();
        if (!strategyIds.isEmpty()) {
            jdbc.sql("""
                            select strategy_id, element_id, parent_id, element_type, number from query.element
                            where strategy_id = any(:ids::varchar[])""")
                    .param("ids", strategyIds.toArray(String[]::new))
                    .query(rs -> {
                        paths.nodes.put(key(rs.getString("strategy_id"), rs.getString("element_id")),
                                new Node(rs.getString("parent_id"), rs.getString("element_type"), rs.getString("number")));
                    });
        }
        return paths;
    }

    private static String key(String strategyId, String elementId) {
        return strategyId + '#' + elementId;
    }

    public String fullNumber(String strategyId, String elementId) {
        Node node = elementId == null ? null : nodes.get(key(strategyId, elementId));
        if (node == null || node.number() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        // Bounded by the number of elements: a parent cycle cannot be recorded, but a read never loops.
        for (int depth = 0; node != null && depth <= nodes.size(); depth++) {
            if (node.number() != null) {
                parts.add(kind(node.type()) + " " + node.number());
            }
            node = node.parentId() == null ? null : nodes.get(key(strategyId, node.parentId()));
        }
        Collections.reverse(parts);
        return String.join(", ", parts);
    }

    private static String kind(String type) {
        String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
