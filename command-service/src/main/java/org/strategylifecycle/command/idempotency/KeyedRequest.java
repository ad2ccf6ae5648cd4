package org.strategylifecycle.command.idempotency;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A request sent with an Idempotency-Key: whose key it is (keys are per user), the key, and a hash of
 * the request as the client meant it. It rides in the command's metadata and, copied by
 * {@link #correlation()}, in the metadata of every event the command records. The metadata names are
 * part of the stored record (pinned by a test): never rename them.
 */
public record KeyedRequest(String user, String key, String hash) {

    public static final String KEY = "idempotencyKey";
    public static final String USER = "idempotencyUser";
    public static final String HASH = "idempotencyHash";

    /** The request {@code method target} with {@code body}, hashed: the same bytes give the same hash. */
    public static KeyedRequest of(String user, String key, String method, String target, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return new KeyedRequest(user, key, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request a message carries, if it carries one. */
    public static Optional<KeyedRequest> in(Map<String, ?> metaData) {
        Object key = metaData.get(KEY);
        Object user = metaData.get(USER);
        Object hash = metaData.get(HASH);
        return key == null || user == null || hash == null ? Optional.empty()
                : Optional.of(new KeyedRequest(user.toString(), key.toString(), hash.toString()));
    }

    /** Copies a command's request into the events it records. */
    public static CorrelationDataProvider correlation() {
        return new SimpleCorrelationDataProvider(KEY, USER, HASH);
    }

    public MetaData asMetaData() {
        return MetaData.from(Map.of(KEY, key, USER, user, HASH, hash));
    }

    /**
     * The id of the thing the request creates when the client names none: the same for every retry of
     * the request, so a retry finds what the first attempt created instead of creating another.
     */
    public static String createdId(String user, String key) {
        return UUID.nameUUIDFromBytes((user + "\n" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
