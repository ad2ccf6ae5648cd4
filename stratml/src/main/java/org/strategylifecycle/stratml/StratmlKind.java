package org.strategylifecycle.stratml;

import org.strategylifecycle.api.common.ElementType;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code kind:} of an element in StratML metadata (docs/adr/0005): StratML nests only
 * Goal → Objective, so every element below a goal is an {@code Objective} whose kind says what it is.
 */
public enum StratmlKind {
    STATEMENT("statement", ElementType.STATEMENT),
    GOAL("goal", ElementType.GOAL),
    MISSION_AREA("mission-area", ElementType.MISSION_AREA),
    OBJECTIVE("objective", ElementType.OBJECTIVE),
    INITIATIVE("initiative", ElementType.INITIATIVE),
    OUTCOME("outcome", ElementType.OUTCOME),
    MEASURE("measure", ElementType.MEASURE);

    private final String name;
    private final ElementType type;

    StratmlKind(String name, ElementType type) {
        this.name = name;
        this.type = type;
    }

    /** The name written after {@code kind:}. */
    public String label() {
        return name;
    }

    /** The element type of the domain this kind records. */
    public ElementType type() {
        return type;
    }

    public static Optional<StratmlKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst();
    }

    public static StratmlKind of(ElementType type) {
        return Arrays.stream(values()).filter(k -> k.type == type).findFirst().orElseThrow();
    }
}
