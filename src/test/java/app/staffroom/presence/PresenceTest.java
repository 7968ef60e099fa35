package app.staffroom.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;

@SpringBootTest
class PresenceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Presence presence;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void one_heartbeat_reports_every_screen_open_on_the_node_and_none_that_closed() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        Actor colleague = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        Actor leaving = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        UUID colleaguesScreen = UUID.randomUUID();
        UUID leavingScreen = UUID.randomUUID();
        presence.open(colleague, colleaguesScreen);
        Disposable closing = presence.open(leaving, leavingScreen);
        await().atMost(LIMIT).until(() -> online(admin).size() == 2);

        // Both went quiet long ago; then one screen closes, and a report of the other was lost.
        db.sql("update presence set seen_at = now() - interval '1 hour' where workspace_id = :w")
                .bind("w", clinic.workspaceId()).then().block(LIMIT);
        assertThat(online(admin)).isEmpty();
        closing.dispose();
        await().atMost(LIMIT).until(() -> rows(leavingScreen) == 0);
        db.sql("delete from presence where ui_id = :ui").bind("ui", colleaguesScreen).then().block(LIMIT);

        presence.reportOpenScreens().block(LIMIT);

        assertThat(online(admin)).containsExactly(colleague.teammateId());
        assertThat(rows(colleaguesScreen)).isEqualTo(1);
        assertThat(rows(leavingScreen)).isZero();
    }

    private List<UUID> online(Actor viewer) {
        return presence.online(viewer).map(OnlineTeammate::teammateId).collectList().block(LIMIT);
    }

    private long rows(UUID screen) {
        return db.sql("select count(*) as n from presence where ui_id = :ui").bind("ui", screen)
                .map(row -> row.get("n", Long.class)).one().block(LIMIT);
    }
}
