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
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL server. The application uses one {@link #shared} server per JVM, whatever the
 * number of application contexts in it (the test suite starts several and must not start several servers).
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String DATABASE = "staffroom";

    private static @Nullable EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * The server of this JVM, started on first use.
     *
     * @param dataDirectory where the data survives restarts; {@code null} for a throw-away server
     * @param reset wipe the data directory first
     */
    static synchronized EmbeddedDatabase shared(@Nullable Path dataDirectory, boolean reset, Log log) {
        if (running == null) {
            running = start(dataDirectory, reset, log);
        }
        return running;
    }

    static EmbeddedDatabase start(@Nullable Path dataDirectory, boolean reset, Log log) {
        try {
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C");
            if (dataDirectory == null) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            } else {
                if (reset && Files.exists(dataDirectory)) {
                    log.warn("Resetting the embedded database: deleting " + dataDirectory.toAbsolutePath().normalize());
                    FileSystemUtils.deleteRecursively(dataDirectory);
                }
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createApplicationDatabase();
            log.info("Embedded PostgreSQL ready on port " + database.postgres.getPort() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms, data in "
                    + (dataDirectory == null ? "a temporary directory" : dataDirectory.toAbsolutePath().normalize()));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    void stop() throws IOException {
        postgres.close();
    }

    PostgresAddress address() {
        return PostgresAddress.local(postgres.getPort(), DATABASE);
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
