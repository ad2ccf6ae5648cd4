package org.strategylifecycle.eventstore;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash layout is part of the audit record: an auditor recomputes it from docs/tamper-evidence.md,
 * so the test vectors below are pinned (the recomputation there, in Python, gives the same two
 * hashes), and every field of an event moves its hash.
 */
class EventChainTest {

    private static final String PREVIOUS = "0".repeat(64);

    private static EventChain.Content event(String payload, String metaData, long sequence, long millis) {
        return new EventChain.Content("e-1", "StrategyEdition", "cbp-2024-2028", sequence, millis,
                "org.strategylifecycle.api.goal.GoalAdded", "1", payload.getBytes(StandardCharsets.UTF_8),
                EventChain.metaData(metaData.getBytes(StandardCharsets.UTF_8)));
    }

    private static final EventChain.Content EVENT = event("{\"title\":\"Goal 1\"}",
            "{\"requestId\":\"r-1\",\"correlationId\":\"c-1\"}", 3, 1_700_000_000_123L);

    @Test
    void theLayoutIsPinnedByATestVector() {
        assertThat(EventChain.eventHash(PREVIOUS, EVENT))
                .isEqualTo("fda48b5c728007ae02dbf5fb1d609da76075cf46766bdf5a055604b8a65b71a4");
        assertThat(EventChain.linkHash(PREVIOUS, 1, 1, "e-1", EventChain.eventHash(PREVIOUS, EVENT)))
                .isEqualTo("da572153acb21d60141a47d7d227879f8e940647c97bedb875c9f384bdfbf8ad");
    }

    @Test
    void metadataIsHashedWithoutTheChainKeysWithItsKeysSorted() {
        JsonNode withChain = EventChain.metaData(("{\"correlationId\":\"c-1\",\"chainHash\":\"x\","
                + "\"chainPrevious\":\"y\",\"requestId\":\"r-1\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(new String(EventChain.canonicalMetaData(withChain), StandardCharsets.UTF_8))
                .isEqualTo("{\"correlationId\":\"c-1\",\"requestId\":\"r-1\"}");
        assertThat(EventChain.eventHash(PREVIOUS, new EventChain.Content("e-1", "StrategyEdition", "cbp-2024-2028", 3,
                1_700_000_000_123L, "org.strategylifecycle.api.goal.GoalAdded", "1",
                "{\"title\":\"Goal 1\"}".getBytes(StandardCharsets.UTF_8), withChain)))
                .isEqualTo(EventChain.eventHash(PREVIOUS, EVENT));
    }

    @Test
    void everyFieldMovesTheHash() {
        String hash = EventChain.eventHash(PREVIOUS, EVENT);
        assertThat(EventChain.eventHash("1".repeat(64), EVENT)).isNotEqualTo(hash);
        assertThat(EventChain.eventHash(PREVIOUS, event("{\"title\":\"Goal 2\"}",
                "{\"requestId\":\"r-1\",\"correlationId\":\"c-1\"}", 3, 1_700_000_000_123L))).isNotEqualTo(hash);
        assertThat(EventChain.eventHash(PREVIOUS, event("{\"title\":\"Goal 1\"}",
                "{\"requestId\":\"r-2\",\"correlationId\":\"c-1\"}", 3, 1_700_000_000_123L))).isNotEqualTo(hash);
        assertThat(EventChain.eventHash(PREVIOUS, event("{\"title\":\"Goal 1\"}",
                "{\"requestId\":\"r-1\",\"correlationId\":\"c-1\"}", 4, 1_700_000_000_123L))).isNotEqualTo(hash);
        assertThat(EventChain.eventHash(PREVIOUS, event("{\"title\":\"Goal 1\"}",
                "{\"requestId\":\"r-1\",\"correlationId\":\"c-1\"}", 3, 1_700_000_000_124L))).isNotEqualTo(hash);
        assertThat(EventChain.eventHash(PREVIOUS, new EventChain.Content("e-1", "StrategyEdition", "cbp-2024-2028", 3,
                1_700_000_000_123L, "org.strategylifecycle.api.goal.GoalAdded", null,
                EVENT.payload(), EVENT.metaData()))).as("no revision").isNotEqualTo(hash);
    }

    @Test
    void fieldsAreLengthPrefixedSoMovingABoundaryChangesTheHash() {
        EventChain.Content one = new EventChain.Content("ab", "c", "x", 0, 0, "t", null, new byte[0], null);
        EventChain.Content other = new EventChain.Content("a", "bc", "x", 0, 0, "t", null, new byte[0], null);
        assertThat(EventChain.eventHash(PREVIOUS, one)).isNotEqualTo(EventChain.eventHash(PREVIOUS, other));
    }
}
