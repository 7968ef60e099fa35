package app.staffroom.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded PostgreSQL 17 as a server of its own, shared by several application nodes on one machine
 * without installing PostgreSQL ({@code deploy/local-cluster} starts it from the production jar):
 *
 * <pre>
 * java -cp staffroom.jar -Dloader.main=app.staffroom.database.StandaloneDatabase \
 *      org.springframework.boot.loader.launch.PropertiesLauncher &lt;data-directory&gt; &lt;port&gt;
 * </pre>
 *
 * It keeps its data in {@code <data-directory>} across restarts, with PostgreSQL's durable defaults, and
 * listens on localhost only: user {@code postgres} without a password, database {@code staffroom}. It runs
 * until the process is stopped ({@code SIGTERM}, Ctrl-C), then stops the server with PostgreSQL's fast
 * shutdown, which disconnects the nodes as any server going down does.
 */
public final class StandaloneDatabase {

    private StandaloneDatabase() {
    }

    /**
     * Starts the server and waits until the process is stopped.
     *
     * @param arguments the data directory and the TCP port (1–65535)
     */
    public static void main(String[] arguments) throws InterruptedException {
        if (arguments.length != 2 || !arguments[1].matches("[0-9]{1,5}")
                || Integer.parseInt(arguments[1]) < 1 || Integer.parseInt(arguments[1]) > 65_535) {
            System.err.println("Usage: StandaloneDatabase <data-directory> <port>");
            System.exit(2);
        }
        initializeLogging();
        Log log = LogFactory.getLog(StandaloneDatabase.class);
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(arguments[0]), Integer.parseInt(arguments[1]),
                false, true, log);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.stopNow();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException | RuntimeException failure) {
                log.error("Could not stop the embedded PostgreSQL cleanly", failure);
            }
        }, "stop-postgres"));
        new CountDownLatch(1).await();
    }

    /** Spring Boot's console logging at INFO, as the application logs, instead of the logging library's DEBUG default. */
    private static void initializeLogging() {
        LoggingSystem logging = LoggingSystem.get(StandaloneDatabase.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }
}
