package org.strategylifecycle.eventstore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chains that make the event store tamper-evident (docs/adr/0019, docs/tamper-evidence.md).
 * An event's hash covers its identity, its payload as stored, its metadata (all of it but the chain's
 * own two keys) and the hash of the event before it in its aggregate's stream; a link of the store-wide
 * chain covers its position, the event's global position, identifier and hash, and the link before it.
 * Each field is written length-first, so no two different events share an input.
 */
public final class EventChain {

    /** Metadata key: this event's hash, as computed when it was appended. */
    public static final String HASH = "chainHash";
    /** Metadata key: the hash of the stream's previous event this event was chained to. */
    public static final String PREVIOUS = "chainPrevious";
    /** What the first event of a stream, and the store chain's first link, are chained to. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] EVENT_TAG = "strategy-lifecycle event v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINK_TAG = "strategy-lifecycle link v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();
    /** Canonical metadata: keys sorted at every level, no white space. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EventChain() {
    }

    /**
     * An event as the store keeps it. The time is in milliseconds because Axon Server keeps no more;
     * the payload is the serialized bytes; the metadata is its JSON tree (chain keys are left out here).
     */
    public record Content(String eventIdentifier, String aggregateType, String aggregateIdentifier,
                          long sequenceNumber, long timestampMillis, String payloadType, String payloadRevision,
                          byte[] payload, JsonNode metaData) {
    }

    public static String eventHash(String previous, Content event) {
        Input in = new Input(EVENT_TAG);
        in.hash(previous);
        in.text(event.eventIdentifier());
        in.text(event.aggregateType());
        in.text(event.aggregateIdentifier());
        in.number(event.sequenceNumber());
        in.number(event.timestampMillis());
        in.text(event.payloadType());
        in.text(event.payloadRevision());
        in.bytes(event.payload());
        in.bytes(canonicalMetaData(event.metaData()));
        return in.digest();
    }

    public static String linkHash(String previous, long position, long globalIndex, String eventIdentifier,
                                  String eventHash) {
        Input in = new Input(LINK_TAG);
        in.hash(previous);
        in.number(position);
        in.number(globalIndex);
        in.text(eventIdentifier);
        in.hash(eventHash);
        return in.digest();
    }

    /** The metadata as hashed: a JSON object without the chain's keys, keys sorted, compact. */
    public static byte[] canonicalMetaData(JsonNode metaData) {
        ObjectNode covered = metaData != null && metaData.isObject()
                ? ((ObjectNode) metaData).deepCopy() : CANONICAL.createObjectNode();
        covered.remove(HASH);
        covered.remove(PREVIOUS);
        return CANONICAL.writeValueAsBytes(CANONICAL.convertValue(covered, Object.class));
    }

    /** Parses stored metadata (JSON bytes) into the tree {@link Content} takes. */
    public static JsonNode metaData(byte[] json) {
        return json == null || json.length == 0 ? CANONICAL.createObjectNode() : CANONICAL.readTree(json);
    }

    /** A value of the chain's own metadata keys, as text; null when the event carries none. */
    public static String chainValue(JsonNode metaData, String key) {
        JsonNode value = metaData == null ? null : metaData.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static final class Input {
        private final MessageDigest digest;

        Input(byte[] tag) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            bytes(tag);
        }

        void hash(String hex) {
            digest.update(HEX.parseHex(hex));
        }

        void text(String value) {
            bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        void number(long value) {
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        /** Length first (-1 for none), then the bytes. */
        void bytes(byte[] value) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
            if (value != null) {
                digest.update(value);
            }
        }

        String digest() {
            return HEX.formatHex(digest.digest());
        }
    }
}
