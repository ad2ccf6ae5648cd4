package org.strategylifecycle.command.edition;

import org.strategylifecycle.api.common.ElementType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where an edition's elements sit, indexed by parent: how many of a kind a parent holds (display
 * order), which numbers its active members of a kind use, and whether it has active members at all.
 * The guards of every add, revision and retirement then cost the same in an edition of ten elements
 * or of ten thousand. {@link EditionState} keeps it in step: an element is unlinked before its parent,
 * number or status changes and linked again after.
 */
final class Siblings {

    private record Place(ElementType type, String parentId) {
    }

    private record Numbered(ElementType type, String parentId, String number) {
    }

    /** Every element placed under a parent, retired ones included: a new one is ordered after them all. */
    private final Map<Place, Integer> placed = new HashMap<>();
    /** The active (not retired) elements by number among their siblings of a kind; unnumbered ones under null. */
    private final Map<Numbered, Set<String>> numbered = new HashMap<>();
    /** Active members per parent, of any kind; top-level elements count under null, which no parent asks for. */
    private final Map<String, Integer> activeMembers = new HashMap<>();

    void link(Element e) {
        placed.merge(new Place(e.type(), e.parentId()), 1, Integer::sum);
        if (!e.isRetired()) {
            activeMembers.merge(e.parentId(), 1, Integer::sum);
            numbered.computeIfAbsent(new Numbered(e.type(), e.parentId(), e.number()), n -> new HashSet<>(2)).add(e.id());
        }
    }

    /** Undoes {@link #link} of the element as it is now; counts may rest at zero and sets empty, which read as none. */
    void unlink(Element e) {
        placed.merge(new Place(e.type(), e.parentId()), -1, Integer::sum);
        if (!e.isRetired()) {
            activeMembers.merge(e.parentId(), -1, Integer::sum);
            numbered.get(new Numbered(e.type(), e.parentId(), e.number())).remove(e.id());
        }
    }

    int placedUnder(ElementType type, String parentId) {
        return placed.getOrDefault(new Place(type, parentId), 0);
    }

    /** Whether an active element of {@code type} under {@code parentId}, other than {@code exceptId}, has {@code number}. */
    boolean numberTaken(ElementType type, String parentId, String number, String exceptId) {
        Set<String> holders = numbered.get(new Numbered(type, parentId, number));
        return holders != null && holders.stream().anyMatch(id -> !Objects.equals(id, exceptId));
    }

    boolean hasActiveMembers(String parentId) {
        return activeMembers.getOrDefault(parentId, 0) > 0;
    }
}
