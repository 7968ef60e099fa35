package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.StaleChangeException;
import app.staffroom.live.SharedReads;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class TeammateServiceTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    @Autowired
    TeammateService teammates;

    @Autowired
    SharedReads shared;

    @Autowired
    Demo demo;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;
    Actor adminActor;

    @BeforeEach
    void newClinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        adminActor = fixtures.actor(admin);
    }

    @Test
    void pages_hold_the_teammates_of_the_actors_workspace_only() {
        List<String> northsideActive = demo.activeTeammateEmails(Demo.NORTHSIDE);
        Actor olivia = demo.actor(Demo.OLIVIA_ADMIN, Demo.NORTHSIDE);

        StepVerifier.create(teammates.page(olivia, TeammateFilter.of(TeammateStatus.ACTIVE), 0, 50, null, 0, -1)
                        .map(TeammateSummary::email).collectList())
                .assertNext(emails -> assertThat(emails).containsExactlyInAnyOrderElementsOf(northsideActive)
                        .doesNotContain(Demo.GRACE_FRONT_DESK))
                .verifyComplete();
    }

    @Test
    void the_tab_counts_follow_every_change_of_status() {
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        assertThat(teammates.tabCounts(adminActor).block(TIME_LIMIT))
                .isEqualTo(Map.of(TeammateStatus.ACTIVE, 1L, TeammateStatus.PENDING, 1L, TeammateStatus.INACTIVE, 0L));

        teammates.deactivate(adminActor, pending, 0, "Never started").block(TIME_LIMIT);

        assertThat(teammates.tabCounts(adminActor).block(TIME_LIMIT))
                .isEqualTo(Map.of(TeammateStatus.ACTIVE, 1L, TeammateStatus.PENDING, 0L, TeammateStatus.INACTIVE, 1L));
    }

    @Test
    void an_actor_claiming_a_workspace_its_teammate_does_not_belong_to_is_refused() {
        Actor northsideAdmin = demo.actor(Demo.OLIVIA_ADMIN, Demo.NORTHSIDE);
        Actor forged = new Actor(northsideAdmin.accountId(), demo.workspaceId(Demo.HARBOUR), northsideAdmin.teammateId());

        StepVerifier.create(teammates.count(forged, TeammateFilter.of(TeammateStatus.ACTIVE)))
                .expectError(AccessDeniedException.class).verify();
    }

    @Test
    void an_inactive_teammate_and_a_teammate_without_team_view_are_refused() {
        StepVerifier.create(teammates.tabCounts(demo.actor(Demo.MIA_INACTIVE, Demo.HARBOUR)))
                .expectError(AccessDeniedException.class).verify();
        StepVerifier.create(teammates.tabCounts(demo.actor(Demo.JAMES_BILLING, Demo.HARBOUR)))
                .expectError(AccessDeniedException.class).verify();
    }

    @Test
    void a_teammate_id_from_another_workspace_is_refused_for_every_operation_and_nothing_changes() {
        UUID elsewhere = demo.actor(Demo.NOAH_NORTHSIDE, Demo.NORTHSIDE).teammateId();
        String versionBefore = fixtures.teammateColumn(elsewhere, "version");

        StepVerifier.create(teammates.details(adminActor, elsewhere)).expectError(AccessDeniedException.class).verify();
        StepVerifier.create(teammates.update(adminActor, new TeammateChange(elsewhere, 0, clinic.frontDeskRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false))).expectError(AccessDeniedException.class).verify();
        StepVerifier.create(teammates.deactivate(adminActor, elsewhere, 0, "")).expectError(AccessDeniedException.class).verify();
        StepVerifier.create(teammates.reactivate(adminActor, elsewhere, 0)).expectError(AccessDeniedException.class).verify();

        assertThat(fixtures.teammateColumn(elsewhere, "version")).isEqualTo(versionBefore);
        assertThat(fixtures.teammateColumn(elsewhere, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_role_or_location_from_another_workspace_is_refused() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        UUID foreignRole = UUID.fromString(db.sql("select role_id::text from teammate where id = :id")
                .bind("id", demo.actor(Demo.NOAH_NORTHSIDE, Demo.NORTHSIDE).teammateId())
                .map(row -> row.get(0, String.class)).one().block(TIME_LIMIT));

        StepVerifier.create(teammates.update(adminActor, new TeammateChange(person, 0, foreignRole,
                        Set.of(clinic.mainLocation()), clinic.mainLocation(), false)))
                .expectError(ChangeRefusedException.class).verify();
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
    }

    @Test
    void an_update_changes_role_locations_and_provider_and_audits_before_and_after() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);

        TeammateDetails after = teammates.update(adminActor, new TeammateChange(person, 0, clinic.managerRole(),
                Set.of(clinic.mainLocation(), clinic.secondLocation()), clinic.secondLocation(), true)).block(TIME_LIMIT);

        assertThat(after.roleName()).isEqualTo("Practice Manager");
        assertThat(after.locationNames()).containsExactly("Harbour Road", "Main Street");
        assertThat(after.defaultLocationId()).isEqualTo(clinic.secondLocation());
        assertThat(after.worksAsProvider()).isTrue();
        assertThat(after.provider()).as("a provider profile is started").isNotNull();
        assertThat(after.version()).isEqualTo(1);

        Map<String, String> event = db.sql("""
                        select action, actor_label, target_label, before_values::text as before, after_values::text as after
                          from audit_event where target_id = :id""")
                .bind("id", person)
                .map(row -> Map.of("action", row.get("action", String.class), "before", row.get("before", String.class),
                        "after", row.get("after", String.class), "target", row.get("target_label", String.class)))
                .one().block(TIME_LIMIT);
        assertThat(event.get("action")).isEqualTo("TEAMMATE_UPDATED");
        assertThat(event.get("before")).contains("\"role\": \"Front Desk\"").contains("\"worksAsProvider\": false")
                .contains("\"defaultLocation\": \"Main Street\"").doesNotContain("status");
        assertThat(event.get("after")).contains("\"role\": \"Practice Manager\"").contains("\"worksAsProvider\": true")
                .contains("\"defaultLocation\": \"Harbour Road\"").contains("Harbour Road", "Main Street");
    }

    @Test
    void a_change_made_on_stale_data_is_refused_and_overwrites_nothing() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        teammates.update(adminActor, new TeammateChange(person, 0, clinic.managerRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(TIME_LIMIT);

        StepVerifier.create(teammates.update(adminActor, new TeammateChange(person, 0, clinic.adminRole(),
                        Set.of(clinic.mainLocation()), clinic.mainLocation(), true)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(StaleChangeException.class)
                        .hasMessageContaining("changed by someone else"))
                .verify();
        StepVerifier.create(teammates.deactivate(adminActor, person, 0, "")).expectError(StaleChangeException.class).verify();

        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.managerRole().toString());
        assertThat(fixtures.teammateColumn(person, "works_as_provider")).isEqualTo("false");
        assertThat(fixtures.teammateColumn(person, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void deactivation_keeps_the_teammate_voids_the_invitation_and_reactivation_restores_access() {
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        db.sql("insert into invitation (workspace_id, teammate_id, token_sha256, expires_at) "
                        + "values (:w, :t, sha256('token'::bytea), now() + interval '3 days')")
                .bind("w", clinic.workspaceId()).bind("t", pending).fetch().rowsUpdated().block(TIME_LIMIT);
        UUID active = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);

        TeammateDetails deactivated = teammates.deactivate(adminActor, pending, 0, "Did not start").block(TIME_LIMIT);
        assertThat(deactivated.status()).isEqualTo(TeammateStatus.INACTIVE);
        assertThat(deactivated.deactivationReason()).isEqualTo("Did not start");
        assertThat(db.sql("select status from invitation where teammate_id = :t").bind("t", pending)
                .map(row -> row.get(0, String.class)).one().block(TIME_LIMIT)).isEqualTo("VOIDED");
        assertThat(teammates.reactivate(adminActor, pending, deactivated.version()).block(TIME_LIMIT).status())
                .as("someone who never accepted goes back to pending").isEqualTo(TeammateStatus.PENDING);

        TeammateDetails gone = teammates.deactivate(adminActor, active, 0, "Left the practice").block(TIME_LIMIT);
        assertThat(teammates.reactivate(adminActor, active, gone.version()).block(TIME_LIMIT).status())
                .isEqualTo(TeammateStatus.ACTIVE);
    }

    @Test
    void nobody_deactivates_themselves_or_changes_their_own_role() {
        StepVerifier.create(teammates.deactivate(adminActor, admin, 0, ""))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("You cannot deactivate yourself."))
                .verify();
        StepVerifier.create(teammates.update(adminActor, new TeammateChange(admin, 0, clinic.frontDeskRole(),
                        Set.of(clinic.mainLocation()), clinic.mainLocation(), false)))
                .expectError(ChangeRefusedException.class).verify();
        assertThat(fixtures.teammateColumn(admin, "status")).isEqualTo("ACTIVE");
        assertThat(fixtures.teammateColumn(admin, "role_id")).isEqualTo(clinic.adminRole().toString());
    }

    @Test
    void the_last_active_admin_can_be_neither_deactivated_nor_moved_to_another_role() {
        // Only someone who holds every permission may act on an Admin at all.
        fixtures.grantAll(clinic, clinic.managerRole());
        Actor manager = fixtures.actor(fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE));

        StepVerifier.create(teammates.deactivate(manager, admin, 0, ""))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("last active Admin"))
                .verify();
        StepVerifier.create(teammates.update(manager, new TeammateChange(admin, 0, clinic.managerRole(),
                        Set.of(clinic.mainLocation()), clinic.mainLocation(), false)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("last active Admin"))
                .verify();

        fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        assertThat(teammates.deactivate(manager, admin, 0, "Retired").block(TIME_LIMIT).status())
                .as("with a second admin the first may go").isEqualTo(TeammateStatus.INACTIVE);
    }

    @Test
    void without_manage_users_nothing_can_be_changed() {
        Actor frontDesk = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);

        StepVerifier.create(teammates.details(frontDesk, person)).expectNextCount(1).verifyComplete();
        StepVerifier.create(teammates.deactivate(frontDesk, person, 0, "")).expectError(AccessDeniedException.class).verify();
        StepVerifier.create(teammates.update(frontDesk, new TeammateChange(person, 0, clinic.managerRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false))).expectError(AccessDeniedException.class).verify();
        assertThat(fixtures.teammateColumn(person, "version")).isEqualTo("0");
    }

    @Test
    void without_see_all_locations_a_teammate_sees_only_those_who_share_a_location() {
        UUID deskRole = fixtures.customRole(clinic, "Clinic Desk", Permission.TEAM_VIEW);
        Actor desk = fixtures.actor(fixtures.addTeammate(clinic, deskRole, TeammateStatus.ACTIVE));
        UUID colleague = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        UUID elsewhere = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE, clinic.secondLocation());

        List<UUID> seen = teammates.page(desk, TeammateFilter.of(TeammateStatus.ACTIVE), 0, 50, null, 0, -1)
                .map(TeammateSummary::id).collectList().block(TIME_LIMIT);
        assertThat(seen).contains(desk.teammateId(), colleague, admin).doesNotContain(elsewhere);
        assertThat(teammates.tabCounts(desk).block(TIME_LIMIT).get(TeammateStatus.ACTIVE)).isEqualTo(seen.size());
        assertThat(teammates.count(desk, TeammateFilter.of(TeammateStatus.ACTIVE)).block(TIME_LIMIT).value()).isEqualTo(seen.size());
        StepVerifier.create(teammates.details(desk, elsewhere))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(AccessDeniedException.class)
                        .hasMessageContaining("none of your locations"))
                .verify();

        fixtures.grant(clinic, deskRole, Permission.TEAM_ALL_LOCATIONS);
        assertThat(teammates.page(desk, TeammateFilter.of(TeammateStatus.ACTIVE), 0, 50, null, 0, -1)
                .map(TeammateSummary::id).collectList().block(TIME_LIMIT)).contains(elsewhere);
    }

    @Test
    void the_seat_panel_counts_active_users_or_only_providers_under_the_plan() {
        UUID provider = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        teammates.update(adminActor, new TeammateChange(provider, 0, clinic.frontDeskRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), true)).block(TIME_LIMIT);
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);

        SeatUsage perUser = teammates.seats(adminActor).block(TIME_LIMIT);
        assertThat(perUser.seatsInUse()).isEqualTo(2);
        assertThat(perUser.monthlyCost()).isEqualByComparingTo("24");
        assertThat(perUser.yearlyCost()).isEqualByComparingTo("240");

        db.sql("update workspace set seat_plan = 'PER_PROVIDER' where id = :w").bind("w", clinic.workspaceId())
                .fetch().rowsUpdated().block(TIME_LIMIT);
        // Written past the services, so this test tells the shared reads itself, as the services do.
        shared.forget(clinic.workspaceId());
        assertThat(teammates.seats(adminActor).block(TIME_LIMIT).seatsInUse()).isEqualTo(1);
    }
}
