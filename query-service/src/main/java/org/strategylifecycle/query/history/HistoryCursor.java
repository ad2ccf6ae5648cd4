package org.strategylifecycle.query.history;

import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a walk through the history stopped: the last change a page showed, by the order pages go in
 * (position, then aggregate and sequence number: changes applied in one batch share a position),
 * and which way the walk goes. Opaque to clients (base64url), so its form can change.
 */
public record HistoryCursor(Direction direction, long position, String aggregateId, long sequenceNumber) {

    public enum Direction {
        /** Oldest first, as the history pages go: the next page starts after the last change. */
        FORWARD('f'),
        /** Newest first, as the activity feed goes: the next page starts before the last change. */
        BACKWARD('b');

        private final char tag;

        Direction(char tag) {
            this.tag = tag;
        }
    }

    static HistoryCursor after(Direction direction, ChangeView last) {
        return new HistoryCursor(direction, last.position(), last.aggregateId(), last.sequenceNumber());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (String.valueOf(direction.tag) + position + "." + sequenceNumber + "." + aggregateId).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code text} stands for; refused unless it is one a page of this direction handed out. */
    public static HistoryCursor decode(String text, Direction direction) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.isEmpty() || plain.charAt(0) != direction.tag ? new String[0] : plain.substring(1).split("\\.", 3);
            if (parts.length == 3 && !parts[2].isEmpty()) {
                return new HistoryCursor(direction, Long.parseLong(parts[0]), parts[2], Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // not base64url, or not numbers: refused below like any other cursor not handed out here
        }
        throw new StrategyException(ErrorCode.INVALID_VALUE,
                "cursor is not one this endpoint handed out; start again without it");
    }
}
