package org.strategylifecycle.query.live;

import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the history in the order live updates deliver it: the writing transaction
 * ({@code query.change.written_by}), then the row's place in it ({@code written_seq}). Everything at
 * or before a cursor has been read; {@code (t, -1)} stands before every row of transaction {@code t}.
 * Sent to clients as the SSE event id {@code "t:seq"}, and taken back as {@code Last-Event-ID}.
 */
record Cursor(long transaction, long entry) implements Comparable<Cursor> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):(-1|\\d{1,18})");

    /** Before every row of the transactions from {@code horizon} on: all earlier ones are read. */
    static Cursor before(long horizon) {
        return new Cursor(horizon, -1);
    }

    /** A client's {@code Last-Event-ID}; null or empty when it has none. */
    static Cursor parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Matcher m = FORM.matcher(id.strip());
        if (!m.matches()) {
            throw new StrategyException(ErrorCode.INVALID_LAST_EVENT_ID,
                    "Last-Event-ID must be an id this service sent (\"<transaction>:<entry>\")");
        }
        return new Cursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    static Cursor max(Cursor a, Cursor b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    boolean isAfter(Cursor other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Cursor other) {
        int byTransaction = Long.compare(transaction, other.transaction);
        return byTransaction != 0 ? byTransaction : Long.compare(entry, other.entry);
    }

    @Override
    public String toString() {
        return transaction + ":" + entry;
    }
}
