package org.strategylifecycle.query.history;

import java.util.List;

/**
 * A page of changes, oldest first. While {@code hasMore}, {@code next} is the link to the following
 * page (the same query with an opaque {@code cursor}); {@code position}: every change up to this
 * event-store position is in the history.
 */
public record HistoryPage(int size, boolean hasMore, long position, String next, List<ChangeView> changes) {
}
