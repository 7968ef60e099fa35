package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.AccessPeriod;
import app.staffroom.credential.CredentialDraft;
import app.staffroom.credential.CredentialReminders;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.CredentialType;
import app.staffroom.live.SharedReads;
import app.staffroom.testing.ChosenLanguages;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The mails of the calendar jobs are written in each recipient's language, dates included: the owner (an Admin)
 * and the teammates chose French, the other Admin follows their browser and reads English.
 */
@SpringBootTest
class CalendarMailLanguageTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Autowired
    DormantAccountJob dormant;

    @Autowired
    DormancyService dormancy;

    @Autowired
    AccessEndJob ends;

    @Autowired
    AccessEndReminderJob reminders;

    @Autowired
    CredentialReminders credentialReminders;

    @Autowired
    CredentialService credentials;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ChosenLanguages languages;

    @Autowired
    SharedReads shared;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID owner;
    UUID admin;
    UUID person;
    String ownerEmail;
    String adminEmail;

    @BeforeEach
    void clinicInSydney() {
        clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        person = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        languages.choose(owner, Locale.FRENCH);
        languages.choose(person, Locale.FRENCH);
        ownerEmail = fixtures.email(owner);
        adminEmail = fixtures.email(admin);
    }

    @Test
    void the_dormant_account_warning_and_the_admins_digests_speak_each_ones_language() {
        Instant lastSignIn = Instant.now().minus(Duration.ofDays(400));
        db.sql("update teammate set last_login_at = :at, status_changed_at = :at, activated_at = :at where id in (:p, :o)")
                .bind("at", lastSignIn).bind("p", person).bind("o", owner).fetch().rowsUpdated().block(LIMIT);
        dormancy.setRule(fixtures.actor(owner), 90).block(LIMIT);

        dormant.run(lastSignIn.plus(Duration.ofDays(83))).block(LIMIT);

        String personEmail = fixtures.email(person);
        assertThat(languages.latestSubjectTo(personEmail)).startsWith("Votre accès à Clinic ");
        assertThat(mailbox.latestTo(personEmail)).startsWith("Bonjour ")
                .contains("Les comptes inutilisés pendant 90 jours sont désactivés, et le vôtre le sera à partir du ")
                .doesNotContain("Hello");
        assertThat(languages.latestSubjectTo(ownerEmail)).contains(": 1 personne avertie");
        assertThat(mailbox.latestTo(ownerEmail)).contains("leur accès prend fin dans 7 jours").contains(fixtures.name(person));
        assertThat(languages.latestSubjectTo(adminEmail)).endsWith(": 1 warned");
        assertThat(mailbox.latestTo(adminEmail)).contains("were told that their access ends in 7 days");

        dormant.run(lastSignIn.plus(Duration.ofDays(90))).block(LIMIT);

        assertThat(languages.latestSubjectTo(ownerEmail)).contains(": 1 personne désactivée");
        assertThat(mailbox.latestTo(ownerEmail)).contains("sont désormais inactifs (motif : compte inutilisé)");
        assertThat(mailbox.latestTo(adminEmail)).contains("are now inactive (reason: dormant)");
    }

    @Test
    void the_access_end_reminders_and_the_notice_that_access_ended_speak_each_admins_language() {
        LocalDate lastDay = LocalDate.now(SYDNEY).plusDays(9);
        period(person, new AccessPeriod(null, lastDay, null));
        Instant end = lastDay.plusDays(1).atStartOfDay(SYDNEY).toInstant();

        reminders.run(end.minus(Duration.ofDays(7))).block(LIMIT);

        assertThat(languages.latestSubjectTo(ownerEmail)).startsWith("Fin d’accès d’ici une semaine : " + fixtures.name(person));
        assertThat(mailbox.latestTo(ownerEmail)).contains("- " + fixtures.name(person) + " : fin d’accès à la fin du "
                + day(lastDay, Locale.FRENCH));
        assertThat(languages.latestSubjectTo(adminEmail)).startsWith("Access ends within a week: " + fixtures.name(person));
        assertThat(mailbox.latestTo(adminEmail)).contains("access ends at the end of " + day(lastDay, Locale.ENGLISH));

        LocalDate yesterday = LocalDate.now(SYDNEY).minusDays(1);
        period(person, new AccessPeriod(null, yesterday, LocalTime.of(9, 0)));
        ends.run(Instant.now()).block(LIMIT);

        assertThat(languages.latestSubjectTo(ownerEmail)).startsWith("Accès terminé : " + fixtures.name(person));
        assertThat(mailbox.latestTo(ownerEmail)).contains(": accès terminé le " + day(yesterday, Locale.FRENCH) + " à 09:00 AE")
                .contains("Ces personnes sont désormais inactives");
        assertThat(languages.latestSubjectTo(adminEmail)).startsWith("Access ended: " + fixtures.name(person));
        assertThat(mailbox.latestTo(adminEmail)).contains(": access ended on " + day(yesterday, Locale.ENGLISH) + " at 09:00 AE");
    }

    @Test
    void credential_reminders_speak_the_providers_language_and_each_admins_with_the_credential_type_named_in_it() {
        fixtures.makeProvider(person, "Nurse Ava", "#0F766E", true);
        LocalDate expires = LocalDate.of(2061, 6, 15);
        credentials.add(fixtures.actor(person), person, new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE, "", "RN-1",
                "Board of Nursing", null, expires, true)).block(LIMIT);

        credentialReminders.run(expires.minusDays(30).atTime(9, 0).atZone(SYDNEY).toInstant()).block(LIMIT);

        String personEmail = fixtures.email(person);
        assertThat(languages.latestSubjectTo(personEmail)).isEqualTo("Vos titres à Clinic " + clinic.slug() + " expirent bientôt");
        assertThat(mailbox.latestTo(personEmail)).contains("Autorisation d’exercice RN-1 expire le 15 juin 2061")
                .contains("Mon profil");
        assertThat(mailbox.latestTo(ownerEmail)).contains(": Autorisation d’exercice RN-1 expire le 15 juin 2061");
        assertThat(languages.latestSubjectTo(ownerEmail)).endsWith(" : 1 demande votre attention");
        assertThat(mailbox.latestTo(adminEmail)).contains(": Professional licence RN-1 expires on 15 Jun 2061");
    }

    private void period(UUID teammate, AccessPeriod period) {
        db.sql("update teammate set access_starts_on = :s, access_ends_on = :e, access_ends_at = :t where id = :id")
                .bind("s", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.DATE, period.startsOn()))
                .bind("e", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.DATE, period.endsOn()))
                .bind("t", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.TIME, period.endsAt()))
                .bind("id", teammate).fetch().rowsUpdated().block(LIMIT);
        shared.forgetAll();
    }

    private static String day(LocalDate day, Locale language) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", language).format(day);
    }
}
