package app.staffroom.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.TabLabels;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Changes reach open screens without a reload; removed access ends the person's open session. */
class LiveFeedTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    LiveFeed feed;

    @Autowired
    LiveNotifier notifier;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    DatabaseClient db;

    @Test
    void a_change_is_announced_at_commit_and_never_for_a_rollback() {
        UUID workspace = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        StepVerifier.create(feed.events().filter(event -> workspace.equals(event.workspaceId())).take(1))
                .then(() -> {
                    notifier.changed(workspace, LiveEvent.Kind.TEAMMATE, rolledBack)
                            .then(Mono.error(new IllegalStateException("rolled back on purpose")))
                            .as(transaction::transactional).onErrorResume(error -> Mono.empty()).block(LIMIT);
                    notifier.changed(workspace, LiveEvent.Kind.TEAMMATE, committed).as(transaction::transactional).block(LIMIT);
                })
                .assertNext(event -> assertThat(event.id()).as("the rolled-back change never arrives").isEqualTo(committed))
                .expectComplete()
                .verify(LIMIT);
    }

    @Test
    void when_the_listening_connection_drops_it_reconnects_tells_screens_to_resync_and_later_changes_arrive() {
        UUID workspace = UUID.randomUUID();
        UUID afterwards = UUID.randomUUID();

        StepVerifier.create(feed.events()
                        .filter(event -> event.kind() == LiveEvent.Kind.RESYNC || workspace.equals(event.workspaceId()))
                        .take(2))
                .then(() -> db.sql("select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN "
                        + LiveNotifier.CHANNEL + "'").fetch().all().then().block(LIMIT))
                .assertNext(event -> assertThat(event.kind()).isEqualTo(LiveEvent.Kind.RESYNC))
                .then(() -> notifier.changed(workspace, LiveEvent.Kind.TEAMMATE, afterwards).as(transaction::transactional)
                        .block(LIMIT))
                .assertNext(event -> assertThat(event.id()).isEqualTo(afterwards))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void an_open_teammates_screen_shows_another_admins_change_without_a_reload() {
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        Actor otherAdmin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.at(0).equals("Active (3)"));

        teammates.deactivate(otherAdmin, leaving, 0, "Left").block(LIMIT);

        awaitUi(() -> TabLabels.at(0).equals("Active (2)") && TabLabels.at(2).equals("Inactive (1)"));
    }

    @Test
    void rows_on_screen_follow_a_change_elsewhere_in_place_and_when_someone_leaves_the_list() {
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        Actor otherAdmin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        UUID colleague = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> rows().size() == 3);
        List<UUID> listed = rows().stream().map(TeammateSummary::id).toList();

        TeammateDetails changed = teammates.update(otherAdmin, new TeammateChange(colleague, 0, clinic.managerRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(LIMIT);

        awaitUi(() -> rows().stream().anyMatch(row -> row.id().equals(colleague) && row.roleName().equals("Practice Manager")));
        assertThat(rows()).extracting(TeammateSummary::id).containsExactlyElementsOf(listed);

        teammates.deactivate(otherAdmin, colleague, changed.version(), "Left").block(LIMIT);

        awaitUi(() -> rows().size() == 2 && TabLabels.at(0).equals("Active (2)"));
        assertThat(rows()).extracting(TeammateSummary::id)
                .containsExactlyElementsOf(listed.stream().filter(id -> !id.equals(colleague)).toList());
    }

    /** What the team list shows; nothing while the screen is still opening. */
    @SuppressWarnings("unchecked")
    private static List<TeammateSummary> rows() {
        List<Grid> grids = _find(Grid.class);
        if (grids.isEmpty()) {
            return List.of();
        }
        Grid<TeammateSummary> grid = grids.getFirst();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void a_deactivated_person_is_signed_out_of_their_open_screen_at_once() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(person));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.at(0).startsWith("Active ("));

        teammates.deactivate(admin, person, 0, "Access removed").block(LIMIT);

        awaitUi(() -> NotificationsKt.getNotifications().stream()
                .anyMatch(notification -> notification.getElement().getProperty("text", "").contains("access to this practice was removed")));
    }
}
