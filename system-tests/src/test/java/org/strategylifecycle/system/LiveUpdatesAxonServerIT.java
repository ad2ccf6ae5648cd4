package org.strategylifecycle.system;

import java.util.Map;

/**
 * {@link LiveUpdatesAcrossInstances} with the events in a real Axon Server (the read models, and so
 * the history the live updates follow, stay in PostgreSQL). Skipped unless {@code AXONSERVER_JAR} names one.
 */
class LiveUpdatesAxonServerIT extends LiveUpdatesAcrossInstances {

    private AxonServerProcess axonServer;

    @Override
    String name() {
        return "liveaxon";
    }

    @Override
    boolean available() {
        return AxonServerProcess.available();
    }

    @Override
    String unavailable() {
        return AxonServerProcess.UNAVAILABLE;
    }

    @Override
    Map<String, String> environment() throws Exception {
        axonServer = AxonServerProcess.start(name());
        return axonServer.environment();
    }

    @Override
    void stopEnvironment() throws Exception {
        if (axonServer != null) {
            axonServer.close();
        }
    }
}
