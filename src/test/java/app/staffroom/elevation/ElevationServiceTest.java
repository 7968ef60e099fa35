package app.staffroom.elevation;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

/** Temporary roles on the real database, their end driven at chosen moments (the job's clock). */
@SpringBootTest
class ElevationServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    ElevationService elevations;

    @Autowired
    ElevationEndJob ends;

    @Autowired
    AccessService access;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    app.staffroom.role.RoleService roles;

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    Clinic clinic;
    UUID owner;
    UUID admin;
    Actor adminActor;
    UUID person;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        adminActor = fixtures.actor(admin);
        person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    private ElevationRequest toManager(int hours, String reason) {
        return new ElevationRequest(person, clinic.managerRole(), hours, reason);
    }

    @Test
    void a_grant_gives_the_role_for_its_time_tells_the_owner_and_every_admin_and_is_kept_on_the_audit_trail() {
        assertThat(access.permissionsOf(fixtures.actor(person)).block(LIMIT)).doesNotContain(Permission.TEAM_MANAGE_USERS);

        Elevation granted = elevations.grant(adminActor, toManager(8, "Cover for the practice manager on leave"), Demo.PASSWORD)
                .block(LIMIT);

        assertThat(granted.roleName()).isEqualTo("Practice Manager");
        assertThat(granted.previousRoleName()).isEqualTo("Front Desk");
        assertThat(Duration.between(granted.startsAt(), granted.endsAt())).isEqualTo(Duration.ofHours(8));
        assertThat(access.permissionsOf(fixtures.actor(person)).block(LIMIT)).contains(Permission.TEAM_MANAGE_USERS);
        assertThat(elevations.mine(fixtures.actor(person)).block(LIMIT)).isEqualTo(granted);
        assertThat(fixtures.auditValues(clinic, "ELEVATION_GRANTED")).contains("\"role\": \"Front Desk\"")
                .contains("\"role\": \"Practice Manager\"").contains("\"hours\": 8")
                .contains("\"reason\": \"Cover for the practice manager on leave\"");
        for (UUID told : new UUID[] {owner, admin}) {
            assertThat(mailbox.latestTo(fixtures.email(told))).contains("gave " + fixtures.name(person) + " the role Practice Manager")
                    .contains("Reason given: Cover for the practice manager on leave");
        }
    }

    @Test
    void at_its_end_the_previous_role_returns_once_and_an_end_missed_while_no_node_ran_is_ended_by_the_next_pass() {
        Elevation granted = elevations.grant(adminActor, toManager(1, "Month-end billing run"), Demo.PASSWORD).block(LIMIT);

        ends.run(granted.endsAt().minusSeconds(1)).block(LIMIT);
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.managerRole().toString());

        assertThat(ends.run(granted.endsAt().plus(Duration.ofDays(3))).block(LIMIT)).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
        assertThat(elevations.mine(fixtures.actor(person)).block(LIMIT)).isNull();
        assertThat(fixtures.auditValues(clinic, "ELEVATION_ENDED")).contains("\"role\": \"Practice Manager\"")
                .contains("\"role\": \"Front Desk\"");
        assertThat(ends.run(granted.endsAt().plus(Duration.ofDays(3))).block(LIMIT)).as("once").isZero();
    }

    @Test
    void a_role_named_by_a_temporary_role_on_record_cannot_be_deleted_and_says_why() {
        elevations.grant(adminActor, toManager(1, "Audit week"), Demo.PASSWORD).block(LIMIT);
        elevations.endEarly(adminActor, person).block(LIMIT);

        refused(roles.deleteRole(adminActor, clinic.managerRole()), "kept on record for review");
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
    }

    @Test
    void a_role_given_by_someone_during_the_elevation_stays_at_its_end() {
        Elevation granted = elevations.grant(adminActor, toManager(1, "Audit week"), Demo.PASSWORD).block(LIMIT);
        db.sql("update teammate set role_id = :role where id = :t").bind("role", clinic.rolesByName().get("Billing Manager"))
                .bind("t", person).fetch().rowsUpdated().block(LIMIT);

        ends.run(granted.endsAt()).block(LIMIT);

        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.rolesByName().get("Billing Manager").toString());
    }

    @Test
    void an_administrator_ends_it_early_and_the_previous_role_returns() {
        elevations.grant(adminActor, toManager(24, "Covering reception"), Demo.PASSWORD).block(LIMIT);

        elevations.endEarly(adminActor, person).block(LIMIT);

        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
        assertThat(fixtures.auditValues(clinic, "ELEVATION_ENDED")).contains("\"ended\": \"early\"");
    }

    @Test
    void a_missing_reason_a_length_outside_1_hour_to_14_days_and_a_wrong_password_are_refused_and_change_nothing() {
        refused(elevations.grant(adminActor, toManager(8, "  "), Demo.PASSWORD), ElevationRules.noReason());
        refused(elevations.grant(adminActor, toManager(0, "Cover"), Demo.PASSWORD), ElevationRules.length());
        refused(elevations.grant(adminActor, toManager(14 * 24 + 1, "Cover"), Demo.PASSWORD), ElevationRules.length());
        refused(elevations.grant(adminActor, toManager(8, "Cover"), "not my password"), "Your password is not right");
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
        assertThat(elevations.grant(adminActor, toManager(14 * 24, "Two weeks of cover"), Demo.PASSWORD).block(LIMIT))
                .as("14 days is allowed").isNotNull();
        refused(elevations.grant(adminActor, new ElevationRequest(person, clinic.adminRole(), 2, "More"), Demo.PASSWORD),
                "already holds a temporary role");
    }

    @Test
    void nobody_elevates_themselves_the_owner_an_admin_or_to_a_role_they_do_not_hold_all_of() {
        refused(elevations.grant(adminActor, new ElevationRequest(admin, clinic.managerRole(), 2, "Me"), Demo.PASSWORD),
                "Nobody gives themselves");
        refused(elevations.grant(adminActor, new ElevationRequest(owner, clinic.managerRole(), 2, "Owner"), Demo.PASSWORD),
                "owns this practice");
        UUID otherAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        refused(elevations.grant(adminActor, new ElevationRequest(otherAdmin, clinic.managerRole(), 2, "Down"), Demo.PASSWORD),
                "already holds Admin");
        Actor manager = fixtures.actor(fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE));
        StepVerifier.create(elevations.grant(manager, new ElevationRequest(person, clinic.adminRole(), 2, "Up"), Demo.PASSWORD))
                .expectError(AccessDeniedException.class).verify(LIMIT);
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
    }

    private static void refused(reactor.core.publisher.Mono<?> grant, String message) {
        StepVerifier.create(grant).expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                .hasMessageContaining(message)).verify(LIMIT);
    }
}
