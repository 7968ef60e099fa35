package app.staffroom.role;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.BulkInviteReport;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * Nobody gives a role that holds more than they do, through any path. The actor is a "Team Manager"
 * (a custom role with Team "view", "see all locations", "manage users" and "manage roles", nothing
 * else): every path refuses the roles that hold more (Admin, Front Desk) and gives an equal one (Team
 * Manager itself) or a poorer one (Team Viewer: Team "view" only). "yes" means the call succeeded; "own role"
 * that it was refused because nobody changes what their own role may do.
 */
@SpringBootTest
class RoleAssignmentTableTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final List<String> ROLES = List.of("Admin", "Front Desk", "Team Manager", "Team Viewer");

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    InvitationService invitations;

    @Autowired
    RoleService roles;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # path                                 | Admin | Front Desk | Team Manager | Team Viewer
            give the role in the drawer            | no    | no         | yes          | yes
            invite with the role from the wizard   | no    | no         | yes          | yes
            invite with the role from a CSV file   | no    | no         | yes          | yes
            resend an invitation to the role       | no    | no         | yes          | yes
            reactivate a teammate with the role    | no    | no         | yes          | yes
            change a teammate who holds the role   | no    | no         | yes          | yes
            deactivate a teammate who holds it     | no    | no         | yes          | yes
            revoke an invitation to the role       | no    | no         | yes          | yes
            offer the role in lists                | no    | no         | yes          | yes
            rename the role                        | no    | no         | yes          | yes
            withdraw a permission from the role    | no    | no         | own role     | yes
            """)
    void a_role_is_given_only_by_someone_who_holds_all_its_permissions(String path, String admin, String frontDesk,
                                                                      String sameRole, String poorerRole) {
        List<String> expected = List.of(admin, frontDesk, sameRole, poorerRole);
        for (int i = 0; i < ROLES.size(); i++) {
            Setting setting = setting();
            UUID role = setting.roles().get(ROLES.get(i));
            assertThat(outcome(paths(setting, role).get(path).get()))
                    .as("%s: %s", path, ROLES.get(i)).isEqualTo(expected.get(i));
        }
    }

    private record Setting(Clinic clinic, Actor manager, Actor admin, Map<String, UUID> roles) {
    }

    private Setting setting() {
        Clinic clinic = fixtures.newClinic();
        UUID manager = fixtures.customRole(clinic, "Team Manager", Permission.TEAM_VIEW, Permission.TEAM_ALL_LOCATIONS,
                Permission.TEAM_MANAGE_USERS, Permission.TEAM_MANAGE_ROLES);
        UUID viewer = fixtures.customRole(clinic, "Team Viewer", Permission.TEAM_VIEW);
        return new Setting(clinic, fixtures.actor(fixtures.addTeammate(clinic, manager, TeammateStatus.ACTIVE)),
                fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE)),
                Map.of("Admin", clinic.adminRole(), "Front Desk", clinic.frontDeskRole(), "Team Manager", manager,
                        "Team Viewer", viewer));
    }

    private interface Call {
        Mono<?> get();
    }

    private Map<String, Call> paths(Setting setting, UUID role) {
        Clinic clinic = setting.clinic();
        Actor manager = setting.manager();
        String roleName = setting.roles().entrySet().stream().filter(e -> e.getValue().equals(role)).findFirst()
                .orElseThrow().getKey();
        return Map.ofEntries(
                Map.entry("rename the role", () -> roles.renameRole(manager, role, roleName + " renamed", "")),
                Map.entry("withdraw a permission from the role", () ->
                        roles.setPermission(manager, role, Permission.TEAM_VIEW, false)),
                Map.entry("give the role in the drawer", () -> {
                    UUID nobody = fixtures.customRole(clinic, "No permissions");
                    UUID target = fixtures.addTeammate(clinic, nobody, TeammateStatus.ACTIVE);
                    return teammates.update(manager, new TeammateChange(target, 0, role, Set.of(clinic.mainLocation()),
                            clinic.mainLocation(), false));
                }),
                Map.entry("invite with the role from the wizard", () -> invitations.invite(manager, draft(clinic, role), Demo.PASSWORD)),
                Map.entry("invite with the role from a CSV file", () -> invitations.inviteAll(manager,
                                ("first name,last name,email,role,locations,provider\n"
                                        + "Nina,Novak," + newEmail() + "," + roleName + ",Main Street,no\n")
                                .getBytes(StandardCharsets.UTF_8), Demo.PASSWORD, java.util.Locale.ENGLISH)
                        .flatMap(RoleAssignmentTableTest::refusalAsError)),
                Map.entry("resend an invitation to the role", () -> invitations.resend(manager, invitedBy(setting, role))),
                Map.entry("reactivate a teammate with the role", () ->
                        teammates.reactivate(manager, fixtures.addTeammate(clinic, role, TeammateStatus.INACTIVE), 0)),
                Map.entry("change a teammate who holds the role", () -> teammates.update(manager, new TeammateChange(
                        fixtures.addTeammate(clinic, role, TeammateStatus.ACTIVE), 0, role,
                        Set.of(clinic.mainLocation(), clinic.secondLocation()), clinic.mainLocation(), false))),
                Map.entry("deactivate a teammate who holds it", () -> teammates.deactivate(manager,
                        fixtures.addTeammate(clinic, role, TeammateStatus.ACTIVE), 0, "Leaving")),
                Map.entry("revoke an invitation to the role", () -> invitations.revoke(manager, invitedBy(setting, role), "")),
                Map.entry("offer the role in lists", () -> roles.listRoles(manager).filter(offered -> offered.id().equals(role))
                        .single().flatMap(offered -> offered.assignable() ? Mono.just(offered)
                                : Mono.error(new AccessDeniedException("not offered")))));
    }

    /** A pending invitation to the role, sent by the practice's Admin. */
    private UUID invitedBy(Setting setting, UUID role) {
        UUID teammate = invitations.invite(setting.admin(), draft(setting.clinic(), role), Demo.PASSWORD).block(LIMIT);
        return fixtures.pendingInvitation(teammate);
    }

    private static NewTeammate draft(Clinic clinic, UUID role) {
        return new NewTeammate(role, Set.of(clinic.mainLocation()), clinic.mainLocation(), "Nina", "Novak", newEmail(),
                List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
    }

    private static String newEmail() {
        return "nina-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
    }

    private static Mono<BulkInviteReport> refusalAsError(BulkInviteReport report) {
        BulkInviteReport.Row row = report.rows().getFirst();
        if (row.invited()) {
            return Mono.just(report);
        }
        return Mono.error(row.message().english().contains("permissions you do not hold")
                ? new AccessDeniedException(row.message().english()) : new IllegalStateException(row.message().english()));
    }

    /** "yes" when the call succeeded, "no" when refused for a permission, else the unexpected failure. */
    private static String outcome(Mono<?> call) {
        return call.map(result -> "yes")
                .onErrorResume(AccessDeniedException.class, denied -> Mono.just("no"))
                .onErrorResume(error -> !(error instanceof AccessDeniedException), other -> Mono.just(
                        other.getMessage() != null && other.getMessage().contains("your own role") ? "own role"
                                : "failed: " + other.getClass().getSimpleName() + ": " + other.getMessage()))
                .defaultIfEmpty("yes")
                .block(LIMIT);
    }
}
