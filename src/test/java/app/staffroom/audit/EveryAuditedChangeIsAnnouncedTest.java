package app.staffroom.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import app.staffroom.history.AuditRecord;
import app.staffroom.history.ui.AuditTrailView;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationArchive;
import app.staffroom.location.LocationService;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.WorkspaceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Every audited change reaches the open screens of its practice: the audit trail screen, open while the
 * change is made elsewhere, shows it without a reload, and the live feed carried it with the kind of thing
 * that changed, which is what the team list, drawers, the wizard's choices and the public page follow.
 */
@SpringBootTest
class EveryAuditedChangeIsAnnouncedTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    LiveFeed live;

    @Autowired
    TeammateService teammates;

    @Autowired
    LocationService locations;

    @Autowired
    LocationArchive archive;

    @Autowired
    RoleService roles;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    AuditTrail audit;

    /** Makes one audited change in the clinic, as another administrator would. */
    @FunctionalInterface
    interface Change {
        Mono<?> make(Context context);
    }

    record Context(Clinic clinic, Actor admin, UUID colleague) {
    }

    private Map<String, Change> changes() {
        return Map.ofEntries(
                Map.entry("TEAMMATE_UPDATED", c -> teammates.update(c.admin(), new TeammateChange(c.colleague(), 0,
                        c.clinic().managerRole(), Set.of(c.clinic().mainLocation()), c.clinic().mainLocation(), false))),
                Map.entry("TEAMMATE_DEACTIVATED", c -> teammates.deactivate(c.admin(), c.colleague(), 0, "Moved away")),
                Map.entry("TEAMMATE_REACTIVATED", c -> teammates.deactivate(c.admin(), c.colleague(), 0, "Moved away")
                        .then(Mono.defer(() -> teammates.reactivate(c.admin(), c.colleague(), 1)))),
                Map.entry("LOCATION_ADDED", c -> locations.add(c.admin(), "Bay View")),
                Map.entry("LOCATION_RENAMED", c -> locations.rename(c.admin(), c.clinic().secondLocation(), "Harbour Rd")),
                Map.entry("LOCATION_ARCHIVED", c -> archive.archive(c.admin(), c.clinic().secondLocation(), Map.of())),
                Map.entry("LOCATION_RESTORED", c -> archive.archive(c.admin(), c.clinic().secondLocation(), Map.of())
                        .then(Mono.defer(() -> archive.restore(c.admin(), c.clinic().secondLocation())))),
                Map.entry("ROLE_CREATED", c -> roles.createRole(c.admin(), "Night Desk", "", null)),
                Map.entry("ROLE_RENAMED", c -> roles.renameRole(c.admin(), c.clinic().frontDeskRole(), "Reception", "")),
                Map.entry("ROLE_DELETED", c -> roles.createRole(c.admin(), "Night Desk", "", null)
                        .flatMap(created -> roles.deleteRole(c.admin(), created.id()))),
                Map.entry("ROLE_PERMISSION_CHANGED", c -> roles.setPermission(c.admin(), c.clinic().frontDeskRole(),
                        Permission.AUDIT_VIEW, true)),
                Map.entry("ROLE_RESET", c -> roles.setPermission(c.admin(), c.clinic().frontDeskRole(),
                        Permission.AUDIT_VIEW, true).then(Mono.defer(() -> roles.resetRole(c.admin(), c.clinic().frontDeskRole())))),
                Map.entry("SIGNED_IN", c -> workspaces.enter(new SignedInAccount(fixtures.actor(c.colleague()).accountId(),
                        "", ""), c.clinic().workspaceId())),
                Map.entry("SIGN_IN_FAILED", c -> audit.recordFailedSignIn(fixtures.email(c.colleague()))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TEAMMATE_UPDATED         | TEAMMATE
            TEAMMATE_DEACTIVATED     | TEAMMATE
            TEAMMATE_REACTIVATED     | TEAMMATE
            LOCATION_ADDED           | LOCATION
            LOCATION_RENAMED         | LOCATION
            LOCATION_ARCHIVED        | LOCATION
            LOCATION_RESTORED        | LOCATION
            ROLE_CREATED             | ROLE
            ROLE_RENAMED             | ROLE
            ROLE_DELETED             | ROLE
            ROLE_PERMISSION_CHANGED  | ROLE
            ROLE_RESET               | ROLE
            SIGNED_IN                | TEAMMATE
            SIGN_IN_FAILED           | TEAMMATE
            """)
    void an_audited_change_reaches_an_open_screen_of_the_practice(String action, LiveEvent.Kind kind) {
        Clinic clinic = fixtures.newClinic();
        UUID adminId = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID colleague = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        Context context = new Context(clinic, fixtures.actor(adminId), colleague);
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        Disposable listening = live.events().filter(event -> clinic.workspaceId().equals(event.workspaceId()))
                .subscribe(heard::add);
        try {
            signIn(fixtures.email(adminId));
            UI.getCurrent().navigate(AuditTrailView.class);
            // Entering the practice is itself audited: once it shows, the screen has read the trail.
            awaitUi(() -> count("SIGNED_IN") == 1);
            long before = count(action);

            changes().get(action).make(context).block(LIMIT);

            awaitUi(() -> count(action) > before);
            Awaitility.await().atMost(LIMIT).until(() -> heard.stream().anyMatch(event -> event.kind() == kind));
        } finally {
            listening.dispose();
        }
    }

    private static long count(String action) {
        return rows().stream().filter(row -> row.action().equals(action)).count();
    }

    @SuppressWarnings("unchecked")
    private static List<AuditRecord> rows() {
        List<Grid> grids = _find(Grid.class);
        return grids.isEmpty() ? List.of() : GridRows.of((Grid<AuditRecord>) grids.getFirst());
    }
}
