package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.mail.Outbox;
import app.staffroom.mail.TextDelivery;
import app.staffroom.mail.TextOutbox;
import app.staffroom.mail.TextOutboxTest;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.ServerSecret;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.test.StepVerifier;

/**
 * A new person whose invitation carries a mobile number confirms it with a texted code before choosing a
 * password, where the practice requires it: six digits, ten minutes, five tries, limited like the emailed codes.
 */
@SpringBootTest
class MobileConfirmationTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String GOOD_PASSWORD = "violet-harbour-lantern-42";

    @Autowired
    app.staffroom.security.LanguageChoice languages;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TextDelivery phones;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    AuditTrail audit;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    Outbox outbox;

    @Autowired
    TextOutbox texts;

    @Autowired
    ServerSecret secret;

    Clinic clinic;
    Actor admin;

    @BeforeEach
    void newClinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
    }

    @Test
    void where_it_is_required_the_password_waits_for_the_texted_six_digit_code() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email, "+61 2 9374 4000", mobile), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        InvitationPreview preview = acceptance.preview(token).block(LIMIT);
        assertThat(preview.mobileStep()).isEqualTo(InvitationPreview.MobileStep.REQUIRED);
        assertThat(preview.mobileEnding()).isEqualTo(mobile.substring(mobile.length() - 3));
        StepVerifier.create(acceptance.acceptAsNewPerson(token, GOOD_PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageStartingWith("Confirm your mobile number first")).verify(LIMIT);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("PENDING");

        acceptance.sendMobileCode(token).block(LIMIT);
        String text = phones.latestTo(mobile);
        String code = phones.code(mobile);
        assertThat(code).matches("[0-9]{6}");
        assertThat(text).contains("Staffroom code to join " + "Clinic " + clinic.slug()).contains("10 minutes");
        assertThat(mailbox.allTo(email)).as("only the invitation was emailed").hasSize(1);

        StepVerifier.create(acceptance.confirmMobile(token, wrongFor(code)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessage("The code is not correct. 4 tries left."))
                .verify(LIMIT);
        acceptance.confirmMobile(token, code).block(LIMIT);

        assertThat(acceptance.preview(token).block(LIMIT).mobileStep()).isEqualTo(InvitationPreview.MobileStep.CONFIRMED);
        acceptance.acceptAsNewPerson(token, GOOD_PASSWORD).block(LIMIT);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
        assertThat(db.sql("select after_values::text from audit_event where target_id = :t and action = 'INVITATION_ACCEPTED'")
                .bind("t", teammate).map(row -> row.get(0, String.class)).one().block(LIMIT))
                .contains("\"mobile number confirmed\": \"+61 412");
    }

    @Test
    void a_code_works_for_ten_minutes() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String token = invited(mobile);
        acceptance.sendMobileCode(token).block(LIMIT);
        String code = phones.code(mobile);

        StepVerifier.create(at(Duration.ofMinutes(10).plusSeconds(1)).confirmMobile(token, code))
                .expectErrorSatisfies(error -> assertThat(error).hasMessage("The code has expired. Ask for a new one."))
                .verify(LIMIT);
        at(Duration.ofMinutes(9).plusSeconds(50)).confirmMobile(token, code).block(LIMIT);

        assertThat(acceptance.preview(token).block(LIMIT).mobileStep()).isEqualTo(InvitationPreview.MobileStep.CONFIRMED);
    }

    @Test
    void five_wrong_codes_stop_the_tries_and_a_new_code_brings_none() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String token = invited(mobile);
        acceptance.sendMobileCode(token).block(LIMIT);
        String code = phones.code(mobile);
        for (int left = 4; left >= 1; left--) {
            String expected = "The code is not correct. " + left + (left == 1 ? " try" : " tries") + " left.";
            StepVerifier.create(acceptance.confirmMobile(token, wrongFor(code)))
                    .expectErrorSatisfies(error -> assertThat(error).hasMessage(expected)).verify(LIMIT);
        }
        StepVerifier.create(acceptance.confirmMobile(token, wrongFor(code)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith(
                        "The code is not correct, and that was the last try for now.")).verify(LIMIT);

        StepVerifier.create(acceptance.confirmMobile(token, code))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith("Too many wrong codes.")).verify(LIMIT);
        StepVerifier.create(acceptance.sendMobileCode(token))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith("Too many wrong codes.")).verify(LIMIT);
        assertThat(acceptance.preview(token).block(LIMIT).mobileStep()).isEqualTo(InvitationPreview.MobileStep.REQUIRED);
    }

    @Test
    void three_codes_per_invitation_in_ten_minutes_then_the_person_waits() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String token = invited(mobile);
        for (int i = 0; i < 3; i++) {
            acceptance.sendMobileCode(token).block(LIMIT);
        }

        StepVerifier.create(acceptance.sendMobileCode(token))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith(
                        "We already sent several codes. Use the latest one, or ask for a new code in ")).verify(LIMIT);
        assertThat(phones.allTo(mobile)).hasSize(3);

        at(Duration.ofMinutes(10).plusSeconds(1)).sendMobileCode(token).block(LIMIT);
        assertThat(phones.allTo(mobile)).hasSize(4);
        StepVerifier.create(acceptance.confirmMobile(token, phones.code(mobile).equals("123456") ? "654321" : "123456"))
                .expectError(ChangeRefusedException.class).verify(LIMIT);
    }

    @Test
    void only_the_latest_texted_code_works() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String token = invited(mobile);
        acceptance.sendMobileCode(token).block(LIMIT);
        String first = phones.code(mobile);
        acceptance.sendMobileCode(token).block(LIMIT);
        String second = phones.code(mobile);

        if (!first.equals(second)) {
            StepVerifier.create(acceptance.confirmMobile(token, first)).expectError(ChangeRefusedException.class).verify(LIMIT);
        }
        acceptance.confirmMobile(token, second).block(LIMIT);
        assertThat(acceptance.preview(token).block(LIMIT).mobileStep()).isEqualTo(InvitationPreview.MobileStep.CONFIRMED);
    }

    @Test
    void where_it_is_optional_the_person_may_choose_a_password_without_the_code() {
        required(false);
        String mobile = TextOutboxTest.uniqueMobile();
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email, mobile), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        assertThat(acceptance.preview(token).block(LIMIT).mobileStep()).isEqualTo(InvitationPreview.MobileStep.OPTIONAL);
        acceptance.acceptAsNewPerson(token, GOOD_PASSWORD).block(LIMIT);

        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
        assertThat(phones.allTo(mobile)).isEmpty();
        assertThat(db.sql("select after_values::text from audit_event where target_id = :t and action = 'INVITATION_ACCEPTED'")
                .bind("t", teammate).map(row -> row.get(0, String.class)).one().block(LIMIT)).doesNotContain("mobile");
    }

    @Test
    void without_a_mobile_number_the_email_link_alone_stands_even_where_it_is_required() {
        required(true);
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email, "+61 2 9374 4000"), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        InvitationPreview preview = acceptance.preview(token).block(LIMIT);
        assertThat(preview.mobileStep()).isEqualTo(InvitationPreview.MobileStep.NONE);
        assertThat(preview.mobileEnding()).isNull();
        StepVerifier.create(acceptance.sendMobileCode(token))
                .expectErrorSatisfies(error -> assertThat(error).hasMessage("This invitation has no mobile number to confirm."))
                .verify(LIMIT);
        acceptance.acceptAsNewPerson(token, GOOD_PASSWORD).block(LIMIT);

        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_person_with_an_account_confirms_by_email_and_is_never_texted() {
        required(true);
        Clinic elsewhere = fixtures.newClinic();
        String email = fixtures.email(fixtures.addTeammate(elsewhere, elsewhere.frontDeskRole(), TeammateStatus.ACTIVE));
        String mobile = TextOutboxTest.uniqueMobile();
        invitations.invite(admin, draft(email, mobile), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        assertThat(acceptance.preview(token).block(LIMIT).mobileStep()).isEqualTo(InvitationPreview.MobileStep.NONE);
        StepVerifier.create(acceptance.sendMobileCode(token)).expectError(ChangeRefusedException.class).verify(LIMIT);
        acceptance.sendCode(token).block(LIMIT);
        acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, mailbox.code(email)).block(LIMIT);
        assertThat(phones.allTo(mobile)).isEmpty();
    }

    @Test
    void an_emailed_code_does_not_confirm_a_mobile_number() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String token = invited(mobile);

        StepVerifier.create(acceptance.confirmMobile(token, "123456"))
                .expectErrorSatisfies(error -> assertThat(error).hasMessage(
                        "Ask for a code first: we send it to your mobile number ending in " + mobile.substring(mobile.length() - 3) + "."))
                .verify(LIMIT);
    }

    private String invited(String mobile) {
        String email = Mailbox.uniqueEmail();
        invitations.invite(admin, draft(email, mobile), Demo.PASSWORD).block(LIMIT);
        return mailbox.invitationToken(email);
    }

    private void required(boolean required) {
        db.sql("update workspace set mobile_confirmation = :m where id = :w").bind("m", required ? "REQUIRED" : "OPTIONAL")
                .bind("w", clinic.workspaceId()).fetch().rowsUpdated().block(LIMIT);
    }

    private InvitationAcceptance at(Duration later) {
        Clock clock = Clock.offset(Clock.systemUTC(), later);
        return new InvitationAcceptance(db, transaction, audit, accounts, passwordPolicy,
                new InvitationCodes(db, outbox, texts, secret, clock, languages), clock, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    private NewTeammate draft(String email, String... phones) {
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of(phones), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
    }

    private static String wrongFor(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
