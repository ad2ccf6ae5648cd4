package org.strategylifecycle.system;

import java.util.Map;

/** {@link LiveUpdatesAcrossInstances} on the PostgreSQL event store. */
class LiveUpdatesScaleOutIT extends LiveUpdatesAcrossInstances {

    @Override
    String name() {
        return "livescale";
    }

    @Override
    Map<String, String> environment() {
        return Map.of();
    }
}
