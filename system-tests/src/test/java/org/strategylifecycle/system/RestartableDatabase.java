package org.strategylifecycle.system;

import org.strategylifecycle.devdb.EmbeddedDatabase;
import org.strategylifecycle.devdb.PostgresBinaries;
import org.strategylifecycle.devdb.TestDatabase;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server of a test's own, which the test stops and starts again (same port, same data),
 * as an operator or a crash would, while the services keep running against it.
 */
final class RestartableDatabase implements AutoCloseable {

    private final Path root;
    private final Path data;
    private final int port;
    private EmbeddedDatabase server;

    private RestartableDatabase(Path root, int port) {
        this.root = root;
        this.data = root.resolve("data");
        this.port = port;
    }

    static RestartableDatabase start(String database) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RestartableDatabase db = new RestartableDatabase(Files.createTempDirectory("strategy-faults-pg"), port);
        db.start();
        db.server.ensureDatabase(database);
        return db;
    }

    TestDatabase.Connection connection(String database) {
        return new TestDatabase.Connection("jdbc:postgresql://localhost:" + port + "/" + database, EmbeddedDatabase.USER, "");
    }

    /** Starts PostgreSQL on the kept data directory. */
    void start() {
        server = EmbeddedDatabase.startKept(PostgresBinaries.fromEnvironment(), data, port);
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut, as when a server goes away). */
    void stop() {
        server.close();
        server = null;
    }

    /** Stops PostgreSQL if it runs, and deletes its data. */
    @Override
    public void close() {
        if (server != null) {
            stop();
        }
        FileSystemUtils.deleteRecursively(root.toFile());
    }
}
