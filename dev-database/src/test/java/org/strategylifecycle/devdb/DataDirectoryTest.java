package org.strategylifecycle.devdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stopping a server leaves on disk: nothing of a throw-away server (each test JVM starts one, so
 * a kept directory would pile up in the temp directory run after run), and the data of a kept one.
 */
class DataDirectoryTest {

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

    private static void write(EmbeddedDatabase server, String database) throws SQLException {
        server.ensureDatabase(database);
        try (var c = DriverManager.getConnection(server.jdbcUrl(database), EmbeddedDatabase.USER, "");
             var s = c.createStatement()) {
            s.execute("create table " + database + " (note text)");
            s.execute("insert into " + database + " values ('written before the stop')");
        }
    }
}
