package org.strategylifecycle.query.dashboard;

import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementType;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words and formats the pages show for the read models' codes, dates and citations. */
public final class Labels {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Labels() {
    }

    public static String type(ElementType type) {
        return type == null ? "" : words(type.name());
    }

    public static String type(String type) {
        return type == null ? "" : words(type);
    }

    /** A code such as {@code SUPERSEDED} or {@code MISSION_AREA} as a word: "Superseded", "Mission area". */
    public static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** An event name such as {@code ObjectiveAdopted} as "Objective adopted". */
    public static String event(String event) {
        if (event == null) {
            return "";
        }
        return words(event.replaceAll("(?<=[a-z])(?=[A-Z])", "_"));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    public static String time(Instant time) {
        return time == null ? "" : TIME.format(time);
    }

    /** "Document, section, p. 3" with the parts that are known. */
    public static String citation(Citation citation) {
        if (citation == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(citation.document() == null ? "" : citation.document());
        if (citation.section() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(citation.section());
        }
        if (citation.page() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("p. ").append(citation.page());
        }
        return text.toString();
    }

    /** A citation as the read models keep it in JSON ({@code document}, {@code section}, {@code page}). */
    public static String citation(JsonNode citation) {
        if (citation == null || citation.isNull()) {
            return "";
        }
        return citation(new Citation(text(citation, "document"), text(citation, "section"), text(citation, "page")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A number and title as the document prints them: "2.5 Secure and Compliant Trade". */
    public static String numbered(String number, String title) {
        String name = title == null ? "" : title;
        return number == null || number.isBlank() ? name : number + " " + name;
    }
}
