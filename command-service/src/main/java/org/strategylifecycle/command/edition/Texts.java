package org.strategylifecycle.command.edition;

import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.StrategyException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input rules every command shares: text fields non-blank, bounded and free of control
 * characters, ids well formed.
 */
public final class Texts {

    public static final int ID_MAX = 100;
    /** Logins and JWT subjects. */
    public static final int ACTOR_MAX = 255;
    public static final int NUMBER_MAX = 20;
    public static final int LABEL_MAX = 100;
    public static final int TITLE_MAX = 500;
    public static final int TEXT_MAX = 10_000;
    public static final int RATIONALE_MAX = 4_000;
    public static final int CITATION_MAX = 500;
    /**
     * Ids: letters, digits, '.', '_', '-', not starting with '.' or '-'. A leading '_' is allowed so that
     * StratML's UUID-style identifiers ({@code _62e7f810-…}, an xsd:ID cannot start with a digit) are
     * kept as published, and references to them keep resolving (ADR 20).
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0," + (ID_MAX - 1) + "}");
    /**
     * The prose fields, which may hold tab and newline (LF): a statement's or reading's text, an
     * overview, a rationale, the basis of an inference, an external target's quoted text, and an
     * annotation's prose and readings (a reading of a text is as many lines as the text), a stakeholder's
     * and its roles' descriptions. Everything
     * else (titles, labels, numbers, units, citations, names, the actor) is one line.
     */
    private static final Set<String> MULTI_LINE = Set.of("text", "statement", "overview", "rationale",
            "provenance.inferredFrom", "target.text", "uncertainty", "chosenReading", "reason", "description");

    private Texts() {
    }

    public static String id(String field, String value) {
        required(field, value, ID_MAX);
        if (!ID.matcher(value).matches()) {
            throw new StrategyException(ErrorCode.INVALID_ID,
                    field + " must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** A field that must be given; {@link #optional} refuses it blank or too long. */
    public static String required(String field, String value, int max) {
        if (value == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, field + " is required");
        }
        return optional(field, value, max);
    }

    /** A field that may be absent; if present it must not be blank. */
    public static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, field + " must not be blank when given");
        }
        if (value.length() > max) {
            throw new StrategyException(ErrorCode.TEXT_TOO_LONG, field + " is longer than " + max + " characters");
        }
        return characters(field, value);
    }

    /**
     * Refuses what the record should not keep and the read side cannot always store: control
     * characters (C0, DEL, C1; PostgreSQL's text cannot hold U+0000 at all) except tab and LF in
     * {@link #MULTI_LINE} fields, unpaired surrogates, which are no character in any encoding, and
     * the noncharacters U+FFFE and U+FFFF, which XML cannot hold: an edition holding one would be
     * exported as StratML that is not well-formed.
     */
    private static String characters(String field, String value) {
        boolean multiLine = MULTI_LINE.contains(field) || field.startsWith("alternatives[") && field.endsWith("].printed")
                || field.startsWith("roles[") && field.endsWith("].description");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                if (multiLine && (c == '\t' || c == '\n')) {
                    continue;
                }
                throw new StrategyException(ErrorCode.INVALID_CHARACTER, field + " holds the control character U+"
                        + String.format("%04X", (int) c) + " at " + i
                        + (multiLine ? " (only tab and newline are allowed)" : " (it is one line of text)"));
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw new StrategyException(ErrorCode.INVALID_CHARACTER, field + " holds the noncharacter U+"
                        + String.format("%04X", (int) c) + " at " + i + " (XML, and so a StratML export, cannot hold it)");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new StrategyException(ErrorCode.INVALID_CHARACTER, field + " holds an unpaired surrogate at " + i);
            }
        }
        return value;
    }

    /** The new value of a field a revision may omit: the given one, checked, or the current one. */
    public static String revised(String field, String given, String current, int max) {
        return given == null ? current : optional(field, given, max);
    }

    public static Change change(Change change, boolean rationaleRequired) {
        if (change == null || change.effectiveDate() == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "effectiveDate is required");
        }
        required("actor", change.actor(), ACTOR_MAX);
        if (rationaleRequired && (change.rationale() == null || change.rationale().isBlank())) {
            throw new StrategyException(ErrorCode.RATIONALE_REQUIRED, "rationale is required for this change");
        }
        optional("rationale", change.rationale(), RATIONALE_MAX);
        citation(change.source());
        if (change.kind() == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "the change's kind is required");
        }
        return change;
    }

    public static void citation(Citation citation) {
        if (citation != null) {
            required("source.document", citation.document(), CITATION_MAX);
            optional("source.section", citation.section(), CITATION_MAX);
            optional("source.page", citation.page(), NUMBER_MAX);
        }
    }

    public static void provenance(LinkProvenance provenance) {
        if (provenance == null || provenance.basis() == null) {
            throw new StrategyException(ErrorCode.INVALID_PROVENANCE, "provenance.basis (STATED or INFERRED) is required");
        }
        if (provenance.basis() == LinkBasis.STATED) {
            if (provenance.citation() == null) {
                throw new StrategyException(ErrorCode.INVALID_PROVENANCE, "a stated link needs provenance.citation");
            }
            citation(provenance.citation());
        } else {
            required("provenance.inferredFrom", provenance.inferredFrom(), RATIONALE_MAX);
            citation(provenance.citation());
        }
    }
}
