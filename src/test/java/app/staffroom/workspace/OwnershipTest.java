package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class OwnershipTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Ownership ownership;

    @Autowired
    TeammateService teammates;

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    @Test
    void nobody_deactivates_or_demotes_the_owner_even_with_other_admins_around() {
        Clinic clinic = fixtures.newClinic();
        UUID owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        Actor otherAdmin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        fixtures.makeOwner(clinic, owner);

        StepVerifier.create(teammates.deactivate(otherAdmin, owner, 0, "Taking over"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("owns this practice and cannot be deactivated")).verify(LIMIT);
        StepVerifier.create(teammates.update(otherAdmin, new TeammateChange(owner, 0, clinic.frontDeskRole(),
                        Set.of(clinic.mainLocation()), clinic.mainLocation(), false)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("owns this practice and cannot be moved"))
                .verify(LIMIT);
        assertThat(fixtures.teammateColumn(owner, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void the_owner_hands_the_ownership_to_another_admin_with_their_password_and_both_are_emailed() {
        Clinic clinic = fixtures.newClinic();
        UUID owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        Actor ownerActor = fixtures.actor(owner);

        assertThat(ownership.candidates(ownerActor).map(Ownership.Candidate::teammateId).collectList().block(LIMIT))
                .containsExactly(admin);
        StepVerifier.create(ownership.transfer(fixtures.actor(admin), admin, Demo.PASSWORD))
                .expectError(AccessDeniedException.class).verify(LIMIT);
        StepVerifier.create(ownership.transfer(ownerActor, admin, "not my password"))
                .expectErrorMessage(Ownership.WRONG_PASSWORD.english()).verify(LIMIT);
        assertThat(db.sql("select consecutive_failed_logins from account where id = :a").bind("a", ownerActor.accountId())
                .map(row -> row.get(0, Integer.class)).one().block(LIMIT))
                .as("a wrong password counts towards the sign-in throttle").isEqualTo(1);
        StepVerifier.create(ownership.transfer(ownerActor, frontDesk, Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("only to another active Admin"))
                .verify(LIMIT);
        assertThat(settings.settings(ownerActor).block(LIMIT).ownerTeammateId()).isEqualTo(owner);

        ownership.transfer(ownerActor, admin, Demo.PASSWORD).block(LIMIT);

        assertThat(settings.settings(ownerActor).block(LIMIT).ownerTeammateId()).isEqualTo(admin);
        assertThat(ownership.isOwner(ownerActor).block(LIMIT)).isFalse();
        assertThat(mailbox.latestTo(fixtures.email(owner))).contains("You handed the ownership");
        assertThat(mailbox.latestTo(fixtures.email(admin))).contains("handed the ownership of").contains("to you");
        assertThat(db.sql("select count(*) from mail_outbox where account_id = :a and subject like 'The ownership of %'")
                .bind("a", fixtures.actor(admin).accountId()).map(row -> row.get(0, Long.class)).one().block(LIMIT))
                .as("the new owner's copy is theirs, as their development outbox shows it").isEqualTo(1);
        // The former owner is an Admin like any other now: the new owner may move them to another role.
        teammates.update(fixtures.actor(admin), new TeammateChange(owner, 0, clinic.frontDeskRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(LIMIT);
        assertThat(fixtures.teammateColumn(owner, "role_id")).isEqualTo(clinic.frontDeskRole().toString());
    }

    @Autowired
    Demo demo;

    @Test
    void olivia_owns_both_demo_practices_each_on_its_own_clock() {
        PracticeSettings harbour = settings.settings(demo.actor(Demo.OLIVIA_ADMIN, Demo.HARBOUR)).block(LIMIT);
        PracticeSettings northside = settings.settings(demo.actor(Demo.OLIVIA_ADMIN, Demo.NORTHSIDE)).block(LIMIT);

        assertThat(harbour.ownerName()).isEqualTo("Olivia Bennett");
        assertThat(northside.ownerName()).isEqualTo("Olivia Bennett");
        assertThat(harbour.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(northside.timeZone()).isEqualTo("America/Chicago");
    }
}
