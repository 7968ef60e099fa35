package app.staffroom.live;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.Application;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.TabLabels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A node that is stopped tells its open screens, lets go of its LISTEN connection and takes its screens out
 * of the presence list. The node runs beside the test's own, on the same PostgreSQL, and is stopped by the test.
 */
class GracefulStopTest extends KaribuTest {

    private ConfigurableApplicationContext stopping;

    @Override
    @BeforeEach
    protected void setUpVaadin() {
        stopping = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "staffroom.demo.enabled=false", "spring.main.banner-mode=off")
                .run();
        super.setUpVaadin();
    }

    @AfterEach
    void closeIfStillOpen() {
        stopping.close();
    }

    @Override
    protected ApplicationContext node() {
        return stopping;
    }

    @Test
    void a_stopped_node_tells_its_screens_releases_its_listener_and_its_presence() {
        DatabaseClient db = context.getBean(DatabaseClient.class);
        Fixtures fixtures = context.getBean(Fixtures.class);
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.first().equals("Active (1)"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> presenceOf(db, watcher) == 1);
        long listeners = listeners(db);

        stopping.close();

        awaitUi(() -> getNotifications().stream().map(Notification::getElement)
                .anyMatch(element -> element.getProperty("text", "").contains("This server is stopping")
                        || element.getOuterHTML().contains("This server is stopping")));
        assertThat(presenceOf(db, watcher)).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> listeners(db) == listeners - 1);
    }

    private static long presenceOf(DatabaseClient db, UUID teammate) {
        return db.sql("select count(*) from presence where teammate_id = :t").bind("t", teammate)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    private static long listeners(DatabaseClient db) {
        return db.sql("select count(*) from pg_stat_activity where query = 'LISTEN " + LiveNotifier.CHANNEL + "'")
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }
}
