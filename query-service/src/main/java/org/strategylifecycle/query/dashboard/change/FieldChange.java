package org.strategylifecycle.query.dashboard.change;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One field of a recorded change, before and after: its words compared, or its value when the change
 * recorded it first. Identifiers and bookkeeping (ids, parent, order, version) are left out.
 */
public record FieldChange(String field, List<WordDiff.Segment> segments) {

    private static final Set<String> HIDDEN = Set.of("elementId", "type", "parentId", "order", "version", "strategyId");

    public static List<FieldChange> of(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        names(after, fields);
        names(before, fields);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (HIDDEN.contains(field)) {
                continue;
            }
            String was = text(before, field);
            String is = text(after, field);
            if (was == null && is == null || was != null && was.equals(is)) {
                continue;
            }
            changes.add(new FieldChange(field, WordDiff.diff(was, is)));
        }
        return changes;
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null && node.isObject()) {
            into.addAll(node.propertyNames());
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
