package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** The dormant-account rule on the real database, its job driven at chosen moments (the job's clock). */
@SpringBootTest
class DormantAccountTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    DormancyService dormancy;

    @Autowired
    DormantAccountJob job;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID owner;
    Actor ownerActor;
    UUID idle;
    Instant lastSignIn;

    @BeforeEach
    void practiceWithTheRule() {
        clinic = fixtures.newClinic();
        owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        ownerActor = fixtures.actor(owner);
        idle = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        lastSignIn = Instant.now().minus(Duration.ofDays(400));
        signedInAt(idle, lastSignIn);
        signedInAt(owner, lastSignIn);
        dormancy.setRule(ownerActor, 90).block(LIMIT);
    }

    private void signedInAt(UUID teammate, Instant at) {
        db.sql("update teammate set last_login_at = :at, status_changed_at = :at, activated_at = :at where id = :t")
                .bind("at", at).bind("t", teammate).fetch().rowsUpdated().block(LIMIT);
    }

    @Test
    void warned_a_week_before_then_deactivated_as_dormant_and_the_owner_is_never_dormant() {
        Instant warningDue = lastSignIn.plus(Duration.ofDays(83));
        job.run(warningDue.minusSeconds(60)).block(LIMIT);
        assertThat(mailbox.countTo(fixtures.email(idle))).as("not yet").isZero();

        job.run(warningDue).block(LIMIT);
        assertThat(mailbox.latestTo(fixtures.email(idle))).contains("Accounts unused for 90 days are deactivated");
        assertThat(mailbox.latestTo(fixtures.email(owner))).contains("were told that their access ends in 7 days").contains(fixtures.name(idle));
        job.run(warningDue.plus(Duration.ofDays(1))).block(LIMIT);
        assertThat(mailbox.countTo(fixtures.email(idle))).as("warned once").isEqualTo(1);

        job.run(lastSignIn.plus(Duration.ofDays(90)).minusSeconds(60)).block(LIMIT);
        assertThat(fixtures.teammateColumn(idle, "status")).isEqualTo("ACTIVE");
        job.run(lastSignIn.plus(Duration.ofDays(90))).block(LIMIT);
        assertThat(fixtures.teammateColumn(idle, "status")).isEqualTo("INACTIVE");
        assertThat(fixtures.teammateColumn(idle, "deactivation_reason")).isEqualTo("dormant");
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_DEACTIVATED")).contains("\"deactivationReason\": \"dormant\"");
        assertThat(mailbox.latestTo(fixtures.email(owner))).contains("are now inactive (reason: dormant)").contains(fixtures.name(idle));
        assertThat(fixtures.teammateColumn(owner, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void someone_found_long_past_the_limit_after_downtime_is_warned_first_and_deactivated_only_a_week_later() {
        Instant now = lastSignIn.plus(Duration.ofDays(300));
        job.run(now).block(LIMIT);
        assertThat(fixtures.teammateColumn(idle, "status")).isEqualTo("ACTIVE");
        assertThat(mailbox.countTo(fixtures.email(idle))).isEqualTo(1);

        job.run(now.plus(Duration.ofDays(7)).minusSeconds(60)).block(LIMIT);
        assertThat(fixtures.teammateColumn(idle, "status")).isEqualTo("ACTIVE");
        job.run(now.plus(Duration.ofDays(7))).block(LIMIT);
        assertThat(fixtures.teammateColumn(idle, "status")).isEqualTo("INACTIVE");
    }

    @Test
    void a_sign_in_after_the_warning_starts_the_count_again_and_an_exempted_person_is_never_warned() {
        job.run(lastSignIn.plus(Duration.ofDays(85))).block(LIMIT);
        Instant cameBack = lastSignIn.plus(Duration.ofDays(86));
        signedInAt(idle, cameBack);
        job.run(lastSignIn.plus(Duration.ofDays(95))).block(LIMIT);
        assertThat(fixtures.teammateColumn(idle, "status")).isEqualTo("ACTIVE");

        UUID exempt = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signedInAt(exempt, lastSignIn);
        dormancy.exempt(ownerActor, exempt, "On parental leave until spring").block(LIMIT);
        assertThat(fixtures.auditValues(clinic, "DORMANCY_EXEMPTION_CHANGED")).contains("On parental leave until spring");
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        job.run(lastSignIn.plus(Duration.ofDays(200))).block(LIMIT);
        assertThat(mailbox.countTo(fixtures.email(exempt))).isZero();
        assertThat(mailbox.countTo(fixtures.email(pending))).isZero();
    }

    @Test
    void the_rule_takes_30_to_365_days_or_off_and_an_exemption_needs_a_reason() {
        StepVerifier.create(dormancy.setRule(ownerActor, 29))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FieldRefusedException.class)
                        .hasMessageContaining(DormancyRules.days())).verify(LIMIT);
        assertThat(dormancy.rule(ownerActor).block(LIMIT)).contains(90);
        assertThat(dormancy.setRule(ownerActor, null).block(LIMIT)).isEqualTo(Optional.empty());
        assertThat(fixtures.auditValues(clinic, "DORMANT_RULE_CHANGED")).isEqualTo(
                "{\"deactivateAfterDays\": \"90 days\"} -> {\"deactivateAfterDays\": \"off\"}");
        StepVerifier.create(dormancy.exempt(ownerActor, owner, "I am always here"))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("your own exemption")).verify(LIMIT);
        StepVerifier.create(dormancy.exempt(ownerActor, idle, " "))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining(DormancyRules.noReason())).verify(LIMIT);
    }
}
