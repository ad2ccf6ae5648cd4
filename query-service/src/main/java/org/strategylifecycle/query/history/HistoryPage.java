package org.strategylifecycle.query.history;

import java.util.List;

/** A page of changes in recording order; ask for {@code page + 1} while {@code hasMore}. */
public record HistoryPage(int page, int size, boolean hasMore, long position, List<ChangeView> changes) {
}
