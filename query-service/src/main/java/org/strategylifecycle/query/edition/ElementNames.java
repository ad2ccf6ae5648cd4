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
 * What another read model's rows show of the editions and elements they name: each edition's status,
 * each element's number, full number and title. An element's full number is its own number after those
 * of the numbered elements above it, each with its kind ("Goal 2, Objective 3"). Plans quoted only by
 * the crosswalks of others number their objectives within each goal (CBP Strategy 2021–2026 has an
 * Objective 3 under Goals 2 and 3), so the number alone does not say which objective a row means. An
 * element without a number of its own has none.
 */
public final class ElementNames {

    private record Node(String parentId, String type, String number, String title) {
    }

    private final Map<String, String> statuses = new HashMap<>();
    private final Map<String, Node> nodes = new HashMap<>();

    private ElementNames() {
    }

    /** The editions and their current elements, read once for every row of a view ({@link EditionReader#names}). */
    static ElementNames of(JdbcClient jdbc, Set<String> strategyIds) {
        ElementNames names = new ElementNames();
        if (!strategyIds.isEmpty()) {
            jdbc.sql("""
                            select s.strategy_id, s.status, e.element_id, e.parent_id, e.element_type, e.number, e.title
                            from query.strategy s left join query.element e on e.strategy_id = s.strategy_id
                            where s.strategy_id = any(:ids::varchar[])""")
                    .param("ids", strategyIds.toArray(String[]::new))
                    .query(rs -> {
                        names.statuses.put(rs.getString("strategy_id"), rs.getString("status"));
                        if (rs.getString("element_id") != null) {
                            names.nodes.put(key(rs.getString("strategy_id"), rs.getString("element_id")),
                                    new Node(rs.getString("parent_id"), rs.getString("element_type"),
                                            rs.getString("number"), rs.getString("title")));
                        }
                    });
        }
        return names;
    }

    private static String key(String strategyId, String elementId) {
        return strategyId + '#' + elementId;
    }

    /** The edition's status; null when the service holds no such edition (or {@code strategyId} is null). */
    public String status(String strategyId) {
        return statuses.get(strategyId);
    }

    /** The element's own number; null when it has none or is not held. */
    public String number(String strategyId, String elementId) {
        Node node = node(strategyId, elementId);
        return node == null ? null : node.number();
    }

    /** The element's title; null when it is not held. */
    public String title(String strategyId, String elementId) {
        Node node = node(strategyId, elementId);
        return node == null ? null : node.title();
    }

    public String fullNumber(String strategyId, String elementId) {
        Node node = node(strategyId, elementId);
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

    private Node node(String strategyId, String elementId) {
        return elementId == null ? null : nodes.get(key(strategyId, elementId));
    }

    private static String kind(String type) {
        String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
