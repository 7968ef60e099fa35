package app.staffroom.credential;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * The daily credential pass, driven by the moment each test gives it (the scheduler is off in tests). Each test
 * works on expiry dates in a year of its own, so the passes it runs find only its own credentials.
 */
@SpringBootTest
class CredentialRemindersTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Autowired
    CredentialReminders job;

    @Autowired
    CredentialService credentials;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID provider;
    String providerEmail;
    String adminEmail;

    @BeforeEach
    void clinicInSydney() {
        clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        adminEmail = fixtures.email(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        provider = provider("Nurse Ava");
        providerEmail = fixtures.email(provider);
    }

    @Test
    void reminders_go_90_30_and_7_days_before_expiry_and_the_day_after_it_each_once_to_the_provider_and_the_admins() {
        LocalDate expires = LocalDate.of(2041, 6, 15);
        licence(provider, expires);

        assertThat(passAt(expires.minusDays(91))).isZero();
        assertThat(mailbox.countTo(providerEmail)).isZero();

        assertThat(passAt(expires.minusDays(90))).isEqualTo(1);
        assertThat(mailbox.latestTo(providerEmail)).contains("Professional licence RN-1 expires on 15 Jun 2041");
        assertThat(mailbox.latestTo(adminEmail)).contains(fixtures.name(provider) + ": Professional licence RN-1 expires on 15 Jun 2041")
                .contains("/credentials");
        assertThat(passAt(expires.minusDays(90))).as("the same day again sends nothing").isZero();
        assertThat(passAt(expires.minusDays(31))).isZero();

        assertThat(passAt(expires.minusDays(30))).isEqualTo(1);
        assertThat(passAt(expires.minusDays(8))).isZero();
        assertThat(passAt(expires.minusDays(7))).isEqualTo(1);
        assertThat(passAt(expires)).as("the last valid day").isZero();

        assertThat(passAt(expires.plusDays(1))).isEqualTo(1);
        assertThat(mailTo(providerEmail)).anyMatch(text -> text.contains("lapsed on 16 Jun 2041 (it was valid until 15 Jun 2041)"));
        assertThat(passAt(expires.plusDays(2))).isZero();

        assertThat(notices()).containsExactly("CREDENTIAL_EXPIRES_90D", "CREDENTIAL_EXPIRES_30D", "CREDENTIAL_EXPIRES_7D",
                "CREDENTIAL_LAPSED");
        assertThat(mailbox.countTo(providerEmail)).isEqualTo(4);
        assertThat(mailbox.countTo(adminEmail)).isEqualTo(4);
    }

    @Test
    void the_day_begins_at_midnight_in_the_practices_time_zone_not_the_servers() {
        LocalDate expires = LocalDate.of(2042, 3, 20);
        licence(provider, expires);
        LocalDate reminderDay = expires.minusDays(90);

        assertThat(job.run(reminderDay.atStartOfDay(SYDNEY).toInstant().minusSeconds(60)).block(LIMIT))
                .as("a minute before Sydney's midnight").isZero();
        assertThat(job.run(reminderDay.atStartOfDay(SYDNEY).toInstant().plusSeconds(60)).block(LIMIT))
                .as("a minute after it (still the day before in UTC)").isEqualTo(1);
    }

    @Test
    void a_pass_after_downtime_catches_up_with_the_most_urgent_reminder_only() {
        LocalDate expires = LocalDate.of(2043, 9, 10);
        licence(provider, expires);
        assertThat(passAt(expires.minusDays(100))).isZero();

        // Every node was down from 100 days before expiry until 20 days before it.
        assertThat(passAt(expires.minusDays(20))).isEqualTo(1);

        assertThat(notices()).containsExactly("CREDENTIAL_EXPIRES_30D");
        assertThat(mailbox.countTo(providerEmail)).isEqualTo(1);
        assertThat(passAt(expires.minusDays(19))).isZero();
    }

    @Test
    void a_renewed_credential_is_reminded_again_before_its_new_expiry_date() {
        LocalDate expires = LocalDate.of(2044, 4, 1);
        Credential licence = licence(provider, expires);
        assertThat(passAt(expires.minusDays(30))).isEqualTo(1);

        LocalDate renewed = expires.plusYears(2);
        credentials.update(fixtures.actor(provider), licence.id(), new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE,
                "", "RN-1", "Board of Nursing", null, renewed, true), licence.version()).block(LIMIT);

        assertThat(passAt(expires.minusDays(29))).isZero();
        assertThat(passAt(renewed.minusDays(90))).isEqualTo(1);
        assertThat(mailTo(providerEmail)).anyMatch(text -> text.contains("expires on 1 Apr 2046"));
    }

    @Test
    void a_provider_with_several_credentials_due_gets_one_email_and_the_admins_one_listing_all() {
        LocalDate expires = LocalDate.of(2045, 2, 10);
        licence(provider, expires);
        credentials.add(fixtures.actor(provider), provider, new CredentialDraft(CredentialType.BLS_CPR, "", "CPR-9",
                "American Heart Association", null, expires.plusDays(3), false)).block(LIMIT);
        UUID colleague = provider("Dr Ben");
        licence(colleague, expires.plusDays(5));

        assertThat(passAt(expires.minusDays(80))).isEqualTo(3);

        assertThat(mailbox.countTo(providerEmail)).isEqualTo(1);
        assertThat(mailbox.latestTo(providerEmail)).contains("Professional licence RN-1").contains("BLS/CPR CPR-9");
        assertThat(mailbox.countTo(adminEmail)).isEqualTo(1);
        assertThat(mailbox.latestTo(adminEmail)).contains(fixtures.name(colleague) + ": Professional licence RN-1");
    }

    @Test
    void two_nodes_running_the_pass_at_the_same_moment_send_each_reminder_once() {
        LocalDate expires = LocalDate.of(2046, 11, 5);
        List<UUID> providers = IntStream.range(0, 6).mapToObj(i -> provider("Provider " + i)).toList();
        providers.forEach(each -> licence(each, expires));

        Instant moment = at(expires.minusDays(7));
        Long sent = Flux.merge(job.run(moment), job.run(moment), job.run(moment)).reduce(0L, Long::sum).block(LIMIT);

        assertThat(sent).isEqualTo(6);
        providers.forEach(each -> assertThat(mailbox.countTo(fixtures.email(each))).isEqualTo(1));
    }

    @Test
    void deactivated_providers_get_no_reminders() {
        LocalDate expires = LocalDate.of(2047, 5, 5);
        licence(provider, expires);
        db.sql("update teammate set status = 'INACTIVE', deactivated_at = now() where id = :t").bind("t", provider)
                .fetch().rowsUpdated().block(LIMIT);

        assertThat(passAt(expires.minusDays(7))).isZero();
    }

    /** The texts of every mail delivered to {@code email}, in whatever order the outbox sent them. */
    private List<String> mailTo(String email) {
        return mailbox.allTo(email).stream().map(Mailbox::plainText).toList();
    }

    private UUID provider(String name) {
        UUID teammate = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(teammate, name, "#0F766E", true);
        return teammate;
    }

    private Credential licence(UUID teammate, LocalDate expires) {
        Actor actor = fixtures.actor(teammate);
        return credentials.add(actor, teammate, new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE, "", "RN-1",
                "Board of Nursing", null, expires, true)).block(LIMIT);
    }

    /** A pass at 09:00 on the practice's day. */
    private long passAt(LocalDate day) {
        return job.run(at(day)).block(LIMIT);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(SYDNEY).toInstant();
    }

    private List<String> notices() {
        return db.sql("select kind from calendar_notice where workspace_id = :w order by sent_at")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).all().collectList().block(LIMIT);
    }
}
