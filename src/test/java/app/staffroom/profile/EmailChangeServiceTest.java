package app.staffroom.profile;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** Changing one's own email: re-authentication, one live link at a time, and no account oracle. */
@SpringBootTest
class EmailChangeServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("/profile/email/([A-Za-z0-9_-]+)");

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    ProfileService profiles;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    Actor me;
    String myEmail;

    @BeforeEach
    void aTeammate() {
        Clinic clinic = fixtures.newClinic();
        UUID teammate = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        me = fixtures.actor(teammate);
        myEmail = fixtures.email(teammate);
    }

    @Test
    void a_newer_request_voids_the_older_link_and_the_confirmed_change_voids_every_other() {
        String first = Mailbox.uniqueEmail();
        String second = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(me, first, Demo.PASSWORD).block(LIMIT);
        String firstLink = link(first);
        emailChanges.requestEmailChange(me, second, Demo.PASSWORD).block(LIMIT);
        String secondLink = link(second);

        StepVerifier.create(emailChanges.confirmEmailChange(firstLink))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageStartingWith("This link was replaced by a newer request")).verify();
        assertThat(emailChanges.confirmEmailChange(secondLink).block(LIMIT)).isEqualTo(second);

        StepVerifier.create(emailChanges.confirmEmailChange(firstLink))
                .expectError(ChangeRefusedException.class).verify();
        assertThat(email()).as("the account stays on the address confirmed last").isEqualTo(second);
        assertThat(db.sql("select target_label from audit_event where action = 'EMAIL_CHANGED' and target_id = :t")
                .bind("t", me.teammateId()).map(row -> row.get(0, String.class)).one().block(LIMIT))
                .as("the audit trail names the person, not the address").isEqualTo(fixtures.name(me.teammateId()));
    }

    @Test
    void request_a_then_b_confirm_b_then_a_leaves_the_account_on_b() {
        String a = Mailbox.uniqueEmail();
        String b = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(me, a, Demo.PASSWORD).block(LIMIT);
        String linkA = link(a);
        // The older link, confirmed only after the newer one: it must not move the account back.
        emailChanges.requestEmailChange(me, b, Demo.PASSWORD).block(LIMIT);
        emailChanges.confirmEmailChange(link(b)).block(LIMIT);

        StepVerifier.create(emailChanges.confirmEmailChange(linkA)).expectError(ChangeRefusedException.class).verify();
        assertThat(email()).isEqualTo(b);
    }

    @Test
    void an_address_refused_by_the_rules_is_worded_in_the_language_of_whoever_reads_it() {
        StepVerifier.create(emailChanges.requestEmailChange(me, "not an address", Demo.PASSWORD))
                .expectErrorSatisfies(error -> {
                    assertThat(error).hasMessage("Enter a valid email address, for example name@clinic.com.");
                    assertThat(((ChangeRefusedException) error).phrase()).isNotNull()
                            .extracting(phrase -> phrase.in(Locale.FRENCH))
                            .isEqualTo("Saisissez une adresse e-mail valide, par exemple nom@cabinet.fr.");
                }).verify();
        StepVerifier.create(emailChanges.requestEmailChange(me, email(), Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(((ChangeRefusedException) error).phrase()).isNotNull()
                        .extracting(phrase -> phrase.in(Locale.FRENCH)).isEqualTo("C’est déjà votre adresse e-mail."))
                .verify();
    }

    @Test
    void a_change_needs_the_current_password_and_a_wrong_one_sends_nothing_and_counts_towards_the_throttle() {
        String wanted = Mailbox.uniqueEmail();

        StepVerifier.create(emailChanges.requestEmailChange(me, wanted, "not my password"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("Your current password is not right. Nothing was sent.")).verify();

        assertThat(mailbox.countTo(wanted)).isZero();
        assertThat(db.sql("select count(*) from email_change where account_id = :a").bind("a", me.accountId())
                .map(row -> row.get(0, Long.class)).one().block(LIMIT)).isZero();
        assertThat(db.sql("select consecutive_failed_logins from account where id = :a").bind("a", me.accountId())
                .map(row -> row.get(0, Integer.class)).one().block(LIMIT)).isEqualTo(1);
    }

    @Test
    void a_password_or_a_name_the_shared_rules_refuse_is_refused_in_the_readers_language() {
        StepVerifier.create(profiles.changePassword(me, Demo.PASSWORD, "short", java.time.Instant.now()))
                .expectErrorSatisfies(error -> {
                    ChangeRefusedException refused = (ChangeRefusedException) error;
                    assertThat(refused.in(Locale.FRENCH)).isEqualTo("Utilisez au moins 12 caractères.");
                    assertThat(refused.in(Locale.of("es"))).isEqualTo("Use al menos 12 caracteres.");
                    assertThat(refused).hasMessage("Use at least 12 characters.");
                }).verify();
        StepVerifier.create(profiles.saveIdentity(me, " ", "Bennett", List.of()))
                .expectErrorSatisfies(error -> assertThat(((ChangeRefusedException) error).in(Locale.FRENCH))
                        .isEqualTo("Saisissez le prénom.")).verify();
    }

    @Test
    void a_wrong_current_password_on_a_password_change_counts_towards_the_throttle_too() {
        StepVerifier.create(profiles.changePassword(me, "not my password", "violet-harbour-lantern-42", java.time.Instant.now()))
                .expectError(ChangeRefusedException.class).verify();

        assertThat(db.sql("select consecutive_failed_logins from account where id = :a").bind("a", me.accountId())
                .map(row -> row.get(0, Integer.class)).one().block(LIMIT)).isEqualTo(1);
    }

    @Test
    void an_address_in_use_gets_the_same_answer_as_a_free_one_and_its_owner_is_told_instead() {
        Clinic other = fixtures.newClinic();
        String taken = fixtures.email(fixtures.addTeammate(other, other.frontDeskRole(), TeammateStatus.ACTIVE));

        StepVerifier.create(emailChanges.requestEmailChange(me, taken.toUpperCase(), Demo.PASSWORD)).verifyComplete();

        assertThat(profiles.myProfile(me).block(LIMIT).pendingEmail()).as("shown as waiting, as for any address")
                .isEqualTo(taken.toUpperCase());
        assertThat(mailbox.latestTo(myEmail)).contains("asked to change your Staffroom email address to " + taken.toUpperCase());
        String toOwner = mailbox.latestTo(taken);
        assertThat(toOwner).contains("already belongs to a Staffroom account, so nothing was changed");
        assertThat(LINK.matcher(toOwner).find()).as("no link that could take the address over").isFalse();
        assertThat(email()).isEqualTo(myEmail);
    }

    @Test
    void a_link_with_control_characters_is_refused_plainly() {
        StepVerifier.create(emailChanges.confirmEmailChange("abc\u0000def"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("This link is not valid. Ask for a new one on your profile.")).verify();
    }

    private String link(String newEmail) {
        Matcher link = LINK.matcher(mailbox.latestTo(newEmail));
        assertThat(link.find()).as("a confirmation link to " + newEmail).isTrue();
        return link.group(1);
    }

    private String email() {
        return db.sql("select email from account where id = :a").bind("a", me.accountId())
                .map(row -> row.get(0, String.class)).one().block(LIMIT);
    }
}
