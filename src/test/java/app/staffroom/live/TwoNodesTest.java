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
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL: a change made through the second node reaches a screen
 * open on the first, through NOTIFY alone.
 */
class TwoNodesTest extends KaribuTest {

    private static ConfigurableApplicationContext secondNode;

    @Autowired
    Fixtures fixtures;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "staffroom.demo.enabled=false", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        secondNode.close();
    }

    @Test
    void a_change_through_node_two_reaches_a_screen_open_on_node_one() {
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID otherAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.first().equals("Active (3)"));

        secondNode.getBean(TeammateService.class)
                .deactivate(fixtures.actor(otherAdmin), leaving, 0, "Left").block(Duration.ofSeconds(10));

        awaitUi(() -> TabLabels.first().equals("Active (2)"));
    }
}
