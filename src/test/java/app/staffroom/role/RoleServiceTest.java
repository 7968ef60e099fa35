package app.staffroom.role;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class RoleServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    RoleService roles;

    @Autowired
    AccessService access;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    Actor admin;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
    }

    @Test
    void a_toggle_takes_effect_on_the_next_check_and_is_audited_with_before_and_after() {
        Actor frontDesk = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        assertThat(access.can(frontDesk, Permission.AUDIT_VIEW).block(LIMIT)).isFalse();

        roles.setPermission(admin, clinic.frontDeskRole(), Permission.AUDIT_VIEW, true).block(LIMIT);

        assertThat(access.can(frontDesk, Permission.AUDIT_VIEW).block(LIMIT)).as("no re-login needed").isTrue();
        String[] change = db.sql("select before_values::text, after_values::text from audit_event "
                        + "where target_id = :r and action = 'ROLE_PERMISSION_CHANGED'")
                .bind("r", clinic.frontDeskRole())
                .map(row -> new String[] {row.get(0, String.class), row.get(1, String.class)}).one().block(LIMIT);
        assertThat(change[0]).isEqualTo("{\"Audit: View audit trail\": false}");
        assertThat(change[1]).isEqualTo("{\"Audit: View audit trail\": true}");

        roles.setPermission(admin, clinic.frontDeskRole(), Permission.AUDIT_VIEW, false).block(LIMIT);
        assertThat(access.can(frontDesk, Permission.AUDIT_VIEW).block(LIMIT)).as("undone").isFalse();
    }

    @Test
    void the_admin_role_is_locked() {
        StepVerifier.create(roles.setPermission(admin, clinic.adminRole(), Permission.TEAM_VIEW, false))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("always has every permission"))
                .verify();
    }

    @Test
    void nobody_grants_a_permission_they_do_not_hold() {
        Actor manager = fixtures.actor(fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE));
        db.sql("insert into role_permission (workspace_id, role_id, permission) values (:w, :r, 'TEAM_MANAGE_ROLES')")
                .bind("w", clinic.workspaceId()).bind("r", clinic.managerRole()).fetch().rowsUpdated().block(LIMIT);

        UUID trainee = fixtures.customRole(clinic, "Trainee", Permission.TEAM_VIEW);

        StepVerifier.create(roles.setPermission(manager, trainee, Permission.BILLING_ISSUE_REFUNDS, true))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("only grant permissions you hold"))
                .verify();
        StepVerifier.create(roles.createRole(manager, "Copy of admin", "", clinic.adminRole()))
                .expectError(ChangeRefusedException.class).verify();
        StepVerifier.create(roles.setPermission(manager, clinic.frontDeskRole(), Permission.CALENDAR_VIEW, false))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("permissions you do not hold"))
                .verify();
        assertThat(roles.setPermission(manager, trainee, Permission.TEAM_MANAGE_USERS, true).block(LIMIT)
                .permissions()).contains(Permission.TEAM_MANAGE_USERS);
    }

    @Test
    void custom_roles_are_created_as_copies_renamed_and_deleted_only_when_nobody_holds_them() {
        RoleColumn copy = roles.createRole(admin, "Senior Front Desk", "Front desk plus refunds", clinic.frontDeskRole()).block(LIMIT);
        assertThat(copy.permissions()).isEqualTo(BuiltInRole.FRONT_DESK.defaultPermissions());
        assertThat(roles.renameRole(admin, copy.id(), "Lead Front Desk", "Leads the desk").block(LIMIT).name())
                .isEqualTo("Lead Front Desk");
        StepVerifier.create(roles.createRole(admin, "lead front desk", "", null))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("already a role")).verify();

        UUID holder = fixtures.addTeammate(clinic, copy.id(), TeammateStatus.ACTIVE);
        StepVerifier.create(roles.deleteRole(admin, copy.id()))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("while teammates hold it")
                        .hasMessageContaining("Pat Person"))
                .verify();
        db.sql("update teammate set role_id = :r where id = :t").bind("r", clinic.frontDeskRole()).bind("t", holder)
                .fetch().rowsUpdated().block(LIMIT);
        roles.deleteRole(admin, copy.id()).block(LIMIT);
        assertThat(roles.matrix(admin).map(RoleColumn::name).collectList().block(LIMIT)).doesNotContain("Lead Front Desk");
        StepVerifier.create(roles.deleteRole(admin, clinic.frontDeskRole()))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("built in")).verify();
    }

    @Test
    void a_built_in_role_goes_back_to_its_defaults() {
        roles.setPermission(admin, clinic.frontDeskRole(), Permission.CLINICAL_ACCESS_CHARTS, true).block(LIMIT);

        assertThat(roles.resetRole(admin, clinic.frontDeskRole()).block(LIMIT).permissions())
                .isEqualTo(BuiltInRole.FRONT_DESK.defaultPermissions());
    }

    @Test
    void without_manage_roles_the_matrix_is_read_only_and_other_workspaces_roles_are_refused() {
        Actor frontDesk = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        assertThat(roles.matrix(frontDesk).collectList().block(LIMIT)).hasSize(6);
        StepVerifier.create(roles.setPermission(frontDesk, clinic.frontDeskRole(), Permission.AUDIT_VIEW, true))
                .expectError(AccessDeniedException.class).verify();

        Clinic other = fixtures.newClinic();
        StepVerifier.create(roles.setPermission(admin, other.frontDeskRole(), Permission.AUDIT_VIEW, true))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("does not exist in this workspace"))
                .verify();
        StepVerifier.create(roles.holders(admin, other.frontDeskRole())).expectError(ChangeRefusedException.class).verify();
    }

    @Test
    void a_new_role_cannot_take_the_name_a_built_in_role_reads_by_in_any_language() {
        Clinic clinic = fixtures.newClinic();
        fixtures.seededRoleWording(clinic);
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));

        for (String name : new String[] {"Accueil", "recepción", "Front Desk"}) {
            StepVerifier.create(roles.createRole(admin, name, "", null))
                    .expectErrorSatisfies(error -> {
                        assertThat(error).as(name).isInstanceOf(FieldRefusedException.class);
                        assertThat(((ChangeRefusedException) error).in(Locale.FRENCH)).as(name)
                                .startsWith("Il existe déjà un rôle nommé Accueil");
                    }).verify();
        }
        assertThat(roles.createRole(admin, "Accueil du soir", "", null).block(LIMIT).name()).isEqualTo("Accueil du soir");
    }
}
