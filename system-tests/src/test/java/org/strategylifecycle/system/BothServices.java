package org.strategylifecycle.system;

import org.strategylifecycle.devdb.TestDatabase;

import java.time.Duration;
import java.util.Map;

/**
 * command-service and query-service, each in a JVM of its own, on one fresh database, healthy; each
 * knows the other's public URL as ./run would set it (command-service's Location headers point at
 * query-service).
 */
record BothServices(ServiceProcess command, ServiceProcess query) implements AutoCloseable {

    private static final Duration START_UP = Duration.ofMinutes(3);

    /** {@code name} names the database and prefixes the processes' logs. */
    static BothServices start(String name) throws Exception {
        TestDatabase.Connection database = TestDatabase.create(name);
        int commandPort = ServiceProcess.freePort();
        int queryPort = ServiceProcess.freePort();
        while (queryPort == commandPort) {
            queryPort = ServiceProcess.freePort();
        }
        Map<String, String> publicUrls = Map.of("STRATEGY_COMMAND_PUBLIC_URL", "http://localhost:" + commandPort,
                "STRATEGY_QUERY_PUBLIC_URL", "http://localhost:" + queryPort);
        ServiceProcess command = ServiceProcess.start(name + "-command-service", ServiceProcess.COMMAND_JAR, database,
                commandPort, publicUrls);
        ServiceProcess query = null;
        try {
            command.awaitHealthy(START_UP);
            query = ServiceProcess.start(name + "-query-service", ServiceProcess.QUERY_JAR, database, queryPort,
                    publicUrls).awaitHealthy(START_UP);
            return new BothServices(command, query);
        } catch (Exception | Error e) {
            if (query != null) {
                query.close();
            }
            command.close();
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        query.close();
        command.close();
    }
}
