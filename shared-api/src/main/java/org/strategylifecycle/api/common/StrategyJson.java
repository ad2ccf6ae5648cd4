package org.strategylifecycle.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape of stored events. Every process that reads or writes the event store serializes
 * with these settings, whatever its web layer does, so the audit record keeps one shape:
 * properties in declaration order, nulls written out, dates as ISO-8601 strings.
 */
public final class StrategyJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private StrategyJson() {
    }

    /** Applies the event-store settings to a builder (Axon's serializer takes them this way). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Tolerant reader: an event written by a newer revision must not break an older reader.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
