package org.strategylifecycle.devdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What stopping a server leaves on disk: nothing of a throw-away server (each test JVM starts one, so
 * a kept directory would pile up in the temp directory run after run), and the data of a kept one.
 */
class DataDirectoryTest {

    private static final Pattern STARTED = Pattern.compile("TEST DATABASE (\\S+) (\\d+)");

    @TempDir
    Path scratch;

    @Test
    void aThrowAwayServersDataDirectoryGoesWithIt() throws Exception {
        Path data = Files.createDirectory(scratch.resolve("throwaway"));
        EmbeddedDatabase server = EmbeddedDatabase.startThrowaway(PostgresBinaries.fromEnvironment(), data);
        try {
            write(server, "throwaway");
            assertThat(data.resolve("PG_VERSION")).as("the server's data lives in the directory given").exists();
        } finally {
            server.close();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void aKeptServersDataOutlivesItsStop() throws Exception {
        Path data = scratch.resolve("kept");
        EmbeddedDatabase first = EmbeddedDatabase.startKept(PostgresBinaries.fromEnvironment(), data, 0);
        try {
            write(first, "kept");
        } finally {
            first.close();
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        EmbeddedDatabase again = EmbeddedDatabase.startKept(PostgresBinaries.fromEnvironment(), data, 0);
        try (var c = DriverManager.getConnection(again.jdbcUrl("kept"), EmbeddedDatabase.USER, "");
             var rs = c.createStatement().executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the stop");
        } finally {
            again.close();
        }
    }

    /**
     * A test JVM that runs no Spring application (as the integration tests that start the services as
     * processes do), with Spring Boot on its class path as here: its server stops when it exits.
     */
    @Test
    void aTestJvmStopsItsServerWhenItExits() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                OneTestDatabase.class.getName())
                .redirectErrorStream(true).redirectOutput(scratch.resolve("jvm.log").toFile()).start();
        try {
            assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).as("the JVM exits; its log:%n%s", log()).isTrue();
        } finally {
            jvm.destroyForcibly();
        }
        assertThat(jvm.exitValue()).as(log()).isZero();
        Matcher started = STARTED.matcher(log());
        assertThat(started.find()).as(log()).isTrue();
        assertThat(Path.of(started.group(1))).as("its data directory").doesNotExist();
        assertThatThrownBy(() -> new Socket("localhost", Integer.parseInt(started.group(2))).close())
                .as("its server's port").isInstanceOf(ConnectException.class);
    }

    /** Creates a test database, says where its server keeps its data and listens, and exits. */
    static final class OneTestDatabase {
        public static void main(String[] args) throws SQLException {
            TestDatabase.Connection db = TestDatabase.create("exit");
            try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 var rs = c.createStatement().executeQuery(
                         "select current_setting('data_directory'), current_setting('port')")) {
                rs.next();
                System.out.println("TEST DATABASE " + rs.getString(1) + " " + rs.getString(2));
            }
        }
    }

    private String log() throws IOException {
        return Files.readString(scratch.resolve("jvm.log"));
    }

    private static void write(EmbeddedDatabase server, String database) throws SQLException {
        server.ensureDatabase(database);
        try (var c = DriverManager.getConnection(server.jdbcUrl(database), EmbeddedDatabase.USER, "");
             var s = c.createStatement()) {
            s.execute("create table " + database + " (note text)");
            s.execute("insert into " + database + " values ('written before the stop')");
        }
    }
}
