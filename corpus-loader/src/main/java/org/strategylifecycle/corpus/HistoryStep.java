package org.strategylifecycle.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dated command of a history. The date's basis is mandatory: {@code dateStated} where a text
 * prints the date (and how a missing day was filled), {@code dateInferred} where it was chosen; the
 * loader writes it into the change's rationale, so an auditor reads it beside the change.
 */
public record HistoryStep(
        String id,
        @JsonProperty("do") Action action,
        String file,
        String strategyId,
        String lineId,
        String title,
        String organizationCode,
        String supersededBy,
        String lineageId,
        String alignmentId,
        String elementId,
        Ref predecessor,
        String relation,
        Ref target,
        Provenance provenance,
        LocalDate effectiveDate,
        String dateStated,
        String dateInferred,
        String rationale,
        Citation source) {

    public enum Action {
        @JsonProperty("establish-line") ESTABLISH_LINE,
        @JsonProperty("import") IMPORT,
        @JsonProperty("adopt") ADOPT,
        @JsonProperty("supersede") SUPERSEDE,
        @JsonProperty("lineage") LINEAGE,
        @JsonProperty("align") ALIGN
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(String strategyId, String elementId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(String document, String section, String page) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String basis, Citation citation, String inferredFrom) {
    }

    /** The rationale as recorded: the step's own, then how its effective date was arrived at. */
    public String recordedRationale() {
        return dateStated != null
                ? rationale + " (Date as printed: " + dateStated + ".)"
                : rationale + " (Date inferred: " + dateInferred + ".)";
    }

    /** The note an edition's lifecycle date gets: the edition, which of its dates, and the annotation's body. */
    record DateNote(String strategyId, String field, Map<String, Object> body) {
    }

    /**
     * The annotation on the edition date this step sets (an import its drafting date, an adoption its
     * adoption date, a supersession the superseded edition's end), or null for steps that set none.
     * Every such date in the corpus is printed as a month or a year at most, so each is noted.
     */
    DateNote dateNote() {
        String field = switch (action) {
            case IMPORT -> "draftedOn";
            case ADOPT -> "adoptedOn";
            case SUPERSEDE -> "endedOn";
            default -> null;
        };
        if (field == null) {
            return null;
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", "EDITION");
        subject.put("field", field);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("annotationId", "date-" + field);
        body.put("subject", subject);
        body.put("uncertainty", dateStated != null ? "The text prints this date only in part (not the day)"
                : "No text prints this date");
        body.put("chosenReading", effectiveDate.toString());
        body.put("reason", dateStated != null ? "As printed: " + dateStated : "Inferred: " + dateInferred);
        body.put("effectiveDate", effectiveDate.toString());
        body.put("rationale", "How the date of this step of the corpus history was arrived at (corpus/histories.json, step "
                + id + ")");
        body.put("source", source);
        return new DateNote(strategyId, field, body);
    }

    /** The JSON body of the command this step sends (imports send the document itself instead). */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (action) {
            case ESTABLISH_LINE -> {
                body.put("lineId", lineId);
                body.put("title", title);
                body.put("organizationCode", organizationCode);
            }
            case SUPERSEDE -> {
                body.put("supersededBy", supersededBy);
                body.put("provenance", provenance);
            }
            case LINEAGE -> {
                body.put("lineageId", lineageId);
                body.put("elementId", elementId);
                body.put("predecessor", predecessor);
                body.put("relation", relation);
                body.put("provenance", provenance);
            }
            case ALIGN -> {
                body.put("alignmentId", alignmentId);
                body.put("elementId", elementId);
                body.put("target", target);
                body.put("provenance", provenance);
            }
            case ADOPT, IMPORT -> {
            }
        }
        body.put("effectiveDate", effectiveDate.toString());
        body.put("rationale", recordedRationale());
        body.put("source", source);
        return body;
    }

    /** Where the command is sent. */
    String path() {
        return switch (action) {
            case ESTABLISH_LINE -> "/api/lines";
            case IMPORT -> "/api/imports/stratml";
            case ADOPT -> "/api/strategies/" + strategyId + "/adopt";
            case SUPERSEDE -> "/api/strategies/" + strategyId + "/supersede";
            case LINEAGE -> "/api/strategies/" + strategyId + "/lineage";
            case ALIGN -> "/api/strategies/" + strategyId + "/alignments";
        };
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (action == null) {
            problems.add("'do' is required");
            return problems;
        }
        if (effectiveDate == null) {
            problems.add("effectiveDate is required");
        }
        if ((dateStated == null) == (dateInferred == null)) {
            problems.add("exactly one of dateStated and dateInferred says how the date was arrived at");
        }
        require(problems, "rationale", rationale);
        if (source == null || source.document() == null || source.document().isBlank()) {
            problems.add("source.document is required");
        }
        switch (action) {
            case ESTABLISH_LINE -> {
                require(problems, "lineId", lineId);
                require(problems, "title", title);
                require(problems, "organizationCode", organizationCode);
            }
            case IMPORT -> {
                require(problems, "file", file);
                require(problems, "strategyId", strategyId);
            }
            case ADOPT -> require(problems, "strategyId", strategyId);
            case SUPERSEDE -> {
                require(problems, "strategyId", strategyId);
                require(problems, "supersededBy", supersededBy);
                provenanceProblems(problems);
            }
            case LINEAGE -> {
                require(problems, "strategyId", strategyId);
                require(problems, "lineageId", lineageId);
                require(problems, "elementId", elementId);
                require(problems, "relation", relation);
                if (predecessor == null || predecessor.strategyId() == null || predecessor.elementId() == null) {
                    problems.add("predecessor.strategyId and predecessor.elementId are required");
                }
                provenanceProblems(problems);
            }
            case ALIGN -> {
                require(problems, "strategyId", strategyId);
                require(problems, "alignmentId", alignmentId);
                require(problems, "elementId", elementId);
                if (target == null || target.strategyId() == null || target.elementId() == null) {
                    problems.add("target.strategyId and target.elementId are required");
                }
                provenanceProblems(problems);
            }
        }
        return problems;
    }

    private void provenanceProblems(List<String> problems) {
        if (provenance == null) {
            problems.add("provenance is required");
        } else if ("STATED".equals(provenance.basis())) {
            if (provenance.citation() == null || provenance.citation().document() == null) {
                problems.add("a stated link cites its document (provenance.citation.document)");
            }
        } else if ("INFERRED".equals(provenance.basis())) {
            require(problems, "provenance.inferredFrom", provenance.inferredFrom());
        } else {
            problems.add("provenance.basis is STATED or INFERRED");
        }
    }

    private static void require(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        }
    }
}
