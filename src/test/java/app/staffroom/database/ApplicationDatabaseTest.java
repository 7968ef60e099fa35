package app.staffroom.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.staffroom.Application;
import app.staffroom.presence.ui.MonitoringView;
import app.staffroom.testing.Demo;
import app.staffroom.testing.KaribuTest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The application as {@code ./mvnw spring-boot:run} runs it: configured by its own
 * {@code application.properties} alone (not the tests' configuration), with its embedded PostgreSQL
 * keeping its data in a directory.
 */
class ApplicationDatabaseTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;

    @Test
    void the_embedded_server_keeps_postgresqls_durable_settings() {
        try (ConfigurableApplicationContext node = startApplication()) {
            DatabaseClient db = node.getBean(DatabaseClient.class);

            assertThat(show(db, "fsync")).isEqualTo("on");
            assertThat(show(db, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void closing_the_application_with_a_screen_open_reports_it_closed_and_stops_the_database_last_without_errors()
            throws Exception {
        ConfigurableApplicationContext node = startApplication();
        int port = port(node);
        MockVaadin.setup(UI::new, new MockSpringServlet(KaribuTest.ROUTES, node, UI::new));
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        try {
            KaribuTest.signIn(node, Demo.GRACE_FRONT_DESK);
            // Live follows presence: the screens reported closed while stopping are announced to it.
            UI.getCurrent().navigate(MonitoringView.class);
            DatabaseClient db = node.getBean(DatabaseClient.class);
            await().atMost(LIMIT).pollInSameThread().until(() -> {
                MockVaadin.clientRoundtrip(false);
                return onlineScreens(db) == 1;
            });
            log.start();
            root.addAppender(log);

            node.close();
            // What the open screen was told while the application stopped reaches it now.
            MockVaadin.clientRoundtrip(false);
            MockVaadin.tearDown();
        } finally {
            root.detachAppender(log);
            node.close();
        }

        assertThat(problems(log.list)).isEmpty();
        assertThatThrownBy(() -> DriverManager.getConnection(
                PostgresAddress.local(port, EmbeddedDatabase.DATABASE).jdbcUrl(), EmbeddedDatabase.USER, "").close())
                .as("the embedded server stopped with the application").isInstanceOf(SQLException.class);
        EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), false, true,
                LogFactory.getLog(getClass()));
        try (Connection connection = DriverManager.getConnection(restarted.address().jdbcUrl(), EmbeddedDatabase.USER, "");
             Statement statement = connection.createStatement();
             ResultSet online = statement.executeQuery("select count(*) from presence")) {
            online.next();
            assertThat(online.getInt(1)).as("screens left online").isZero();
        } finally {
            restarted.stop();
        }
    }

    private ConfigurableApplicationContext startApplication() {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.config.location=classpath:application.properties",
                "--staffroom.data-dir=" + dataDirectory,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    /** Warnings and errors of the application, and of PostgreSQL itself (which the embedded server logs as info). */
    private static List<String> problems(List<ILoggingEvent> events) {
        return events.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)
                        || event.getFormattedMessage().matches("(?s).*\\b(FATAL|ERROR|WARNING|PANIC):.*"))
                .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
                .toList();
    }

    private static String show(DatabaseClient db, String setting) {
        return db.sql("show " + setting).map(row -> row.get(0, String.class)).one().block(LIMIT);
    }

    private static long onlineScreens(DatabaseClient db) {
        return db.sql("select count(*) from presence").map(row -> row.get(0, Long.class)).one().block(LIMIT);
    }

    private static int port(ConfigurableApplicationContext node) {
        String url = node.getEnvironment().getRequiredProperty("spring.flyway.url");
        return Integer.parseInt(url.replaceAll(".*localhost:(\\d+)/.*", "$1"));
    }
}
