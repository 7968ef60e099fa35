package app.staffroom.live;


import app.staffroom.Application;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.TabLabels;
import com.vaadin.flow.component.UI;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.awaitility.Awaitility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole PostgreSQL server stops and starts again under open screens. The node runs on a server of
 * its own, so that the other tests' shared server and connections are never disturbed.
 */
class DatabaseRestartTest extends KaribuTest {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void startServerAndNode() throws IOException {
        dataDirectory = Files.createTempDirectory("staffroom-restart");
        server = start(EmbeddedPostgres.builder());
        port = server.getPort();
        node = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "spring.main.banner-mode=off",
                        "staffroom.db.url=postgresql://localhost:" + port + "/postgres", "staffroom.db.user=postgres")
                .run();
    }

    @AfterAll
    static void stopNodeAndServer() throws IOException {
        node.close();
        server.close();
        FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Override
    protected ApplicationContext node() {
        return node;
    }

    @Test
    void after_a_restart_the_listener_reconnects_open_screens_resync_and_later_changes_arrive() throws Exception {
        Fixtures fixtures = node.getBean(Fixtures.class);
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID otherAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leftQuietly = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        UUID leavingLater = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.first().equals("Active (4)"));

        // Written without a notification: only the resync after the restart can bring it to the screen.
        execute("update teammate set status = 'INACTIVE', deactivated_at = now() where id = '" + leftQuietly + "'");
        assertThat(health("readiness")).isEqualTo(200);
        server.close();
        // Readiness tells the balancer to send nobody here while PostgreSQL is away; liveness must not restart the node.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> health("readiness") == 503);
        assertThat(health("liveness")).isEqualTo(200);
        server = start(EmbeddedPostgres.builder().setPort(port));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> health("readiness") == 200);

        awaitUi(() -> TabLabels.first().equals("Active (3)"));

        node.getBean(TeammateService.class)
                .deactivate(fixtures.actor(otherAdmin), leavingLater, 0, "Left").block(Duration.ofSeconds(30));
        awaitUi(() -> TabLabels.first().equals("Active (2)"));
    }

    /** The HTTP status of the node's health group {@code group} (liveness, readiness) on its management port. */
    private static int health(String group) throws IOException, InterruptedException {
        String managementPort = node.getEnvironment().getProperty("local.management.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/actuator/health/" + group)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) throws IOException {
        return builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", "off")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
                .start();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
