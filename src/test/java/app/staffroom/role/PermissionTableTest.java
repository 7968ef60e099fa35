package app.staffroom.role;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.history.AuditFilter;
import app.staffroom.history.AuditSearch;
import app.staffroom.invite.InvitationService;
import app.staffroom.location.LocationArchive;
import app.staffroom.location.LocationService;
import app.staffroom.mail.Outbox;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * The specification of who may do what: every service operation against every built-in role and one
 * custom role. "yes" means the service does not refuse for lack of permission (it may still refuse a
 * change for a business rule); "no" means it refuses with AccessDeniedException. The same operations
 * are also refused for an id from another workspace. Who may give which role is {@link RoleAssignmentTableTest};
 * whom each service shows is {@link VisibilityTableTest}.
 */
@SpringBootTest
class PermissionTableTest {

    private static final List<String> ROLES = List.of("Admin", "Medical Director", "Provider", "Front Desk",
            "Billing Manager", "Practice Manager");

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    RoleService roles;

    @Autowired
    LocationService locations;

    @Autowired
    LocationArchive archive;

    @Autowired
    InvitationService invitations;

    @Autowired
    AuditSearch audit;

    @Autowired
    Outbox outbox;

    @Autowired
    app.staffroom.review.AccessReviews accessReviews;

    @Autowired
    app.staffroom.review.ReviewSchedule reviewSchedule;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # operation                | Admin | Medical Director | Provider | Front Desk | Billing Manager | Practice Manager
            list teammates             | yes   | yes              | no       | yes        | no              | yes
            count teammates            | yes   | yes              | no       | yes        | no              | yes
            tab counts                 | yes   | yes              | no       | yes        | no              | yes
            seat usage                 | yes   | yes              | no       | yes        | no              | yes
            teammate details           | yes   | yes              | no       | yes        | no              | yes
            change a teammate          | yes   | no               | no       | no         | no              | yes
            deactivate a teammate      | yes   | no               | no       | no         | no              | yes
            reactivate a teammate      | yes   | no               | no       | no         | no              | yes
            read the role matrix       | yes   | yes              | no       | yes        | no              | yes
            change a role              | yes   | no               | no       | no         | no              | no
            create a role              | yes   | no               | no       | no         | no              | no
            rename a role              | yes   | no               | no       | no         | no              | no
            reset a role               | yes   | no               | no       | no         | no              | no
            delete a role              | yes   | no               | no       | no         | no              | no
            list a role's holders      | yes   | yes              | no       | yes        | no              | yes
            list locations             | yes   | yes              | no       | yes        | no              | yes
            add a location             | yes   | no               | no       | no         | no              | no
            rename a location          | yes   | no               | no       | no         | no              | no
            archive a location         | yes   | no               | no       | no         | no              | no
            list pending invites       | yes   | yes              | no       | yes        | no              | yes
            check an email for invite  | yes   | no               | no       | no         | no              | yes
            resend an invitation       | yes   | no               | no       | no         | no              | yes
            revoke an invitation       | yes   | no               | no       | no         | no              | yes
            read the audit trail       | yes   | yes              | no       | no         | no              | no
            read the outbox            | yes   | no               | no       | no         | no              | yes
            start an access review     | yes   | no               | no       | no         | no              | no
            list access reviews        | yes   | no               | no       | no         | no              | no
            list access reviewers      | yes   | no               | no       | no         | no              | no
            turn quarterly reviews on  | yes   | no               | no       | no         | no              | no
            """)
    void who_may_do_what(String operation, String admin, String medicalDirector, String provider, String frontDesk,
                         String billingManager, String practiceManager) {
        List<String> expected = List.of(admin, medicalDirector, provider, frontDesk, billingManager, practiceManager);
        for (int i = 0; i < ROLES.size(); i++) {
            Clinic clinic = fixtures.newClinic();
            Actor actor = fixtures.actor(fixtures.addTeammate(clinic, clinic.rolesByName().get(ROLES.get(i)), TeammateStatus.ACTIVE));
            // A role every role that manages users may give: the table is about permissions, not escalation.
            UUID trainee = fixtures.customRole(clinic, "Trainee");
            UUID target = fixtures.addTeammate(clinic, trainee, TeammateStatus.ACTIVE);
            Mono<?> call = operations().get(operation).apply(actor, new Target(clinic, target, trainee));
            assertThat(deniedOrAllowed(call)).as("%s as %s", operation, ROLES.get(i)).isEqualTo(expected.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"change a teammate", "deactivate a teammate", "reactivate a teammate", "teammate details",
            "change a role", "rename a role", "reset a role", "delete a role", "list a role's holders",
            "rename a location", "archive a location", "resend an invitation", "revoke an invitation"})
    void an_id_from_another_workspace_is_refused_even_for_an_admin(String operation) {
        Clinic mine = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(mine, mine.adminRole(), TeammateStatus.ACTIVE));
        Clinic theirs = fixtures.newClinic();
        UUID theirTeammate = fixtures.addTeammate(theirs, theirs.frontDeskRole(), TeammateStatus.ACTIVE);
        String versionBefore = fixtures.teammateColumn(theirTeammate, "version");

        Throwable refusal = operations().get(operation).apply(admin, new Target(theirs, theirTeammate, theirs.frontDeskRole()))
                .map(result -> (Throwable) null).onErrorResume(error -> Mono.just(error)).block(Duration.ofSeconds(30));

        assertThat(refusal).as("refused, not answered").isNotNull();
        assertThat(refusal.getMessage()).containsAnyOf("not part of this workspace", "does not exist in this workspace",
                "not pending in this workspace", "not in this workspace");
        assertThat(fixtures.teammateColumn(theirTeammate, "version")).isEqualTo(versionBefore);
    }

    private record Target(Clinic clinic, UUID teammate, UUID role) {
    }

    private Map<String, BiFunction<Actor, Target, Mono<?>>> operations() {
        return Map.ofEntries(
                Map.entry("list teammates", (actor, target) ->
                        teammates.page(actor, TeammateFilter.of(TeammateStatus.ACTIVE), 0, 10, null, 0, -1).collectList()),
                Map.entry("count teammates", (actor, target) -> teammates.count(actor, TeammateFilter.of(TeammateStatus.ACTIVE))),
                Map.entry("tab counts", (actor, target) -> teammates.tabCounts(actor)),
                Map.entry("seat usage", (actor, target) -> teammates.seats(actor)),
                Map.entry("teammate details", (actor, target) -> teammates.details(actor, target.teammate())),
                Map.entry("change a teammate", (actor, target) -> teammates.update(actor, new TeammateChange(target.teammate(),
                        0, target.role(), Set.of(target.clinic().mainLocation()),
                        target.clinic().mainLocation(), true))),
                Map.entry("deactivate a teammate", (actor, target) -> teammates.deactivate(actor, target.teammate(), 0, "Test")),
                Map.entry("reactivate a teammate", (actor, target) -> teammates.reactivate(actor, target.teammate(), 0)),
                Map.entry("read the role matrix", (actor, target) -> roles.matrix(actor).collectList()),
                Map.entry("change a role", (actor, target) ->
                        roles.setPermission(actor, target.clinic().frontDeskRole(), Permission.CALENDAR_VIEW, false)),
                Map.entry("create a role", (actor, target) -> roles.createRole(actor, "Role " + UUID.randomUUID(), "", null)),
                Map.entry("rename a role", (actor, target) ->
                        roles.renameRole(actor, target.clinic().frontDeskRole(), "Reception " + UUID.randomUUID(), "")),
                Map.entry("reset a role", (actor, target) -> roles.resetRole(actor, target.clinic().frontDeskRole())),
                Map.entry("delete a role", (actor, target) -> roles.deleteRole(actor, target.clinic().frontDeskRole())),
                Map.entry("list a role's holders", (actor, target) ->
                        roles.holders(actor, target.clinic().frontDeskRole()).collectList()),
                Map.entry("rename a location", (actor, target) ->
                        locations.rename(actor, target.clinic().mainLocation(), "Clinic " + UUID.randomUUID())),
                Map.entry("archive a location", (actor, target) -> archive.archive(actor, target.clinic().secondLocation(), Map.of())),
                Map.entry("revoke an invitation", (actor, target) -> invitations.revoke(actor, target.teammate(), "")),
                Map.entry("list locations", (actor, target) -> locations.listLocations(actor).collectList()),
                Map.entry("add a location", (actor, target) -> locations.add(actor, "Clinic " + UUID.randomUUID())),
                Map.entry("list pending invites", (actor, target) -> invitations.pending(actor).collectList()),
                Map.entry("check an email for invite", (actor, target) -> invitations.checkEmail(actor, "someone@clinic.example")),
                Map.entry("resend an invitation", (actor, target) -> invitations.resend(actor, target.teammate())),
                Map.entry("read the audit trail", (actor, target) -> audit.search(actor, AuditFilter.everything(), java.util.Locale.ENGLISH).collectList()),
                Map.entry("read the outbox", (actor, target) -> outbox.recent(actor).collectList()),
                Map.entry("start an access review", (actor, target) -> accessReviews.start(actor,
                        new app.staffroom.review.NewReview(null, List.of(actor.teammateId())))),
                Map.entry("list access reviews", (actor, target) -> accessReviews.list(actor).collectList()),
                Map.entry("list access reviewers", (actor, target) -> accessReviews.reviewers(actor).collectList()),
                Map.entry("turn quarterly reviews on", (actor, target) -> reviewSchedule.setQuarterly(actor, true)));
    }

    private static String deniedOrAllowed(Mono<?> call) {
        return call.map(result -> "yes")
                .onErrorResume(AccessDeniedException.class, denied -> Mono.just("no"))
                .onErrorResume(error -> !(error instanceof AccessDeniedException), refusedForAnotherReason -> Mono.just("yes"))
                .defaultIfEmpty("yes")
                .block(Duration.ofSeconds(30));
    }
}
