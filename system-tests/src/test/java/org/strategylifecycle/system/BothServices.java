package org.strategylifecycle.system;

import org.strategylifecycle.devdb.TestDatabase;

import java.time.Duration;

/** command-service and query-service, each in a JVM of its own, on one fresh database, healthy. */
record BothServices(ServiceProcess command, ServiceProcess query) implements AutoCloseable {

    private static final Duration START_UP = Duration.ofMinutes(3);

    /** {@code name} names the database and prefixes the processes' logs. */
    static BothServices start(String name) throws Exception {
        TestDatabase.Connection database = TestDatabase.create(name);
        ServiceProcess command = ServiceProcess.start(name + "-command-service", ServiceProcess.COMMAND_JAR, database);
        ServiceProcess query = null;
        try {
            command.awaitHealthy(START_UP);
            query = ServiceProcess.start(name + "-query-service", ServiceProcess.QUERY_JAR, database).awaitHealthy(START_UP);
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
