package app.staffroom.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL server. One server runs per data directory and JVM, whatever the number of
 * application contexts using it (the test suite starts several and must not start several servers):
 * each context {@link #acquire acquires} it and {@link #release releases} it when it has closed, and the
 * last release stops it. Nothing else stops it, so it never disappears under a context that is still
 * closing.
 *
 * <p>Durable (the application's setting) means PostgreSQL's own defaults: {@code fsync} and
 * {@code synchronous_commit} on, so a committed change survives a power cut. The library that starts the
 * server turns both off unless told otherwise; only the test configuration keeps them off, for speed.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String DATABASE = "staffroom";

    private static final Duration CLIENTS_LIMIT = Duration.ofSeconds(5);
    private static final Map<String, EmbeddedDatabase> RUNNING = new HashMap<>();
    private static boolean stopsWithTheJvm;

    private final EmbeddedPostgres postgres;
    private final String key;
    private final Log log;
    private int users;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String key, Log log) {
        this.postgres = postgres;
        this.key = key;
        this.log = log;
    }

    /**
     * The server of this data directory, started on first use; every caller must {@link #release} it once.
     *
     * @param dataDirectory where the data survives restarts; {@code null} for a throw-away server
     * @param reset wipe the data directory first (only when the server is not running yet)
     * @param durable PostgreSQL's durable defaults; {@code false} only for tests (data may be lost on a crash)
     */
    static synchronized EmbeddedDatabase acquire(@Nullable Path dataDirectory, boolean reset, boolean durable, Log log) {
        String key = dataDirectory == null ? "" : dataDirectory.toAbsolutePath().normalize().toString();
        EmbeddedDatabase database = RUNNING.get(key);
        if (database == null) {
            database = start(dataDirectory, reset, durable, log);
            RUNNING.put(key, database);
            stopAllWithTheJvm();
        }
        database.users++;
        return database;
    }

    /** One user of {@link #acquire} is done; the last one stops the server. */
    void release() {
        synchronized (EmbeddedDatabase.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(key, this);
        }
        try {
            stop();
        } catch (IOException | RuntimeException failure) {
            log.error("Could not stop the embedded PostgreSQL cleanly", failure);
        }
    }

    /**
     * A server of its own, not shared; the caller stops it.
     *
     * @param durable see {@link #acquire}
     */
    static EmbeddedDatabase start(@Nullable Path dataDirectory, boolean reset, boolean durable, Log log) {
        return start(dataDirectory, 0, reset, durable, log);
    }

    /**
     * A server of its own on {@code port} (0: any free port), not shared; the caller stops it.
     *
     * @param durable see {@link #acquire}
     */
    static EmbeddedDatabase start(@Nullable Path dataDirectory, int port, boolean reset, boolean durable, Log log) {
        try {
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C");
            if (port != 0) {
                builder.setPort(port);
            }
            // The library starts the server with -F (fsync off) and synchronous_commit off; a later -c wins over -F.
            builder.setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off");
            if (dataDirectory != null) {
                if (reset && Files.exists(dataDirectory)) {
                    log.warn("Resetting the embedded database: deleting " + dataDirectory.toAbsolutePath().normalize());
                    FileSystemUtils.deleteRecursively(dataDirectory);
                }
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(),
                    dataDirectory == null ? "" : dataDirectory.toAbsolutePath().normalize().toString(), log);
            database.createApplicationDatabase();
            log.info("Embedded PostgreSQL ready on port " + database.postgres.getPort() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms, data in "
                    + (dataDirectory == null ? "a temporary directory" : dataDirectory.toAbsolutePath().normalize())
                    + (durable ? "" : " (fsync off: for tests only)"));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * Stops the server once every client has gone, waiting at most {@link #CLIENTS_LIMIT}: connections
     * closed just before (a pool's, a listener's) take a moment to end on the server's side, and a
     * connection still open when the server stops is cut off with an error in its log.
     */
    void stop() throws IOException {
        awaitNoClients();
        postgres.close();
    }

    /**
     * Stops the server at once: PostgreSQL's fast shutdown rolls back open transactions and disconnects
     * every client, as when a separate server goes down under the application nodes.
     */
    void stopNow() throws IOException {
        postgres.close();
    }

    private void awaitNoClients() {
        long deadline = System.nanoTime() + CLIENTS_LIMIT.toNanos();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet others = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
                    others.next();
                    if (others.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            log.warn("Stopping the embedded PostgreSQL while connections are still open");
        } catch (SQLException e) {
            log.warn("Could not check the embedded PostgreSQL's connections before stopping it: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    PostgresAddress address() {
        return PostgresAddress.local(postgres.getPort(), DATABASE);
    }

    /**
     * A server whose contexts never released it (one failed to start, or was never closed) stops when the
     * JVM exits, after Spring Boot has closed every application context it knows of.
     */
    private static void stopAllWithTheJvm() {
        if (stopsWithTheJvm) {
            return;
        }
        stopsWithTheJvm = true;
        SpringApplication.getShutdownHandlers().add(() -> {
            Map<String, EmbeddedDatabase> left;
            synchronized (EmbeddedDatabase.class) {
                left = Map.copyOf(RUNNING);
                RUNNING.clear();
            }
            left.values().forEach(database -> {
                try {
                    database.stop();
                } catch (IOException | RuntimeException failure) {
                    database.log.error("Could not stop the embedded PostgreSQL cleanly", failure);
                }
            });
        });
    }

    private void createApplicationDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database '" + DATABASE + "'", e);
        }
    }
}
