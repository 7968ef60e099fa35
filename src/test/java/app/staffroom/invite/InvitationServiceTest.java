package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveNotifier;
import app.staffroom.mail.Outbox;
import app.staffroom.role.AccessService;
import app.staffroom.security.Accounts;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.ServerSecret;
import app.staffroom.mail.OutboxDelivery;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@SpringBootTest
class InvitationServiceTest {

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
    DatabaseClient db;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    AccessService access;

    @Autowired
    AuditTrail audit;

    @Autowired
    Outbox outbox;

    @Autowired
    app.staffroom.mail.TextOutbox texts;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    GreenMail smtp;

    @Autowired
    LiveNotifier live;

    @Autowired
    OutboxDelivery sender;

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
    void inviting_creates_a_pending_teammate_and_mails_a_link_naming_the_practice_and_the_inviter() {
        String email = Mailbox.uniqueEmail();

        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);

        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("PENDING");
        assertThat(fixtures.teammateColumn(teammate, "phones")).isEqualTo("{+14155550123}");
        String mail = mailbox.latestTo(email);
        assertThat(mail).contains("Hello Nina").contains("invited you to join Clinic clinic-").contains("Pat Person")
                .contains("http://localhost:").contains("/invitation/");
        String token = mailbox.invitationToken(email);
        assertThat(db.sql("select count(*) from invitation where token_sha256 = :h").bind("h", InvitationToken.hash(token))
                .map(row -> row.get(0, Long.class)).one().block(LIMIT)).as("only the hash is stored").isEqualTo(1);
        assertThat(db.sql("select count(*) from invitation where encode(token_sha256, 'escape') like '%' || :t || '%'")
                .bind("t", token).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isZero();
    }

    @Test
    void a_wrong_admin_password_creates_nothing_and_counts_towards_the_lockout() {
        String email = Mailbox.uniqueEmail();

        StepVerifier.create(invitations.invite(admin, draft(email), "not my password"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("password is not correct"))
                .verify();

        assertThat(mailbox.countTo(email)).isZero();
        assertThat(db.sql("select count(*) from account where email = :e").bind("e", email)
                .map(row -> row.get(0, Long.class)).one().block(LIMIT)).isZero();
        assertThat(db.sql("select consecutive_failed_logins from account where id = :a").bind("a", admin.accountId())
                .map(row -> row.get(0, Integer.class)).one().block(LIMIT)).isEqualTo(1);
    }

    @Test
    void an_invalid_draft_is_refused_whole() {
        NewTeammate noEmail = new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", "not-an-email", List.of("12"), NewTeammate.Provider.none(), NewTeammate.Booking.empty());

        StepVerifier.create(invitations.invite(admin, noEmail, Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("valid email")
                        .hasMessageContaining("not a valid phone number"))
                .verify();
    }

    @Test
    void someone_already_in_the_workspace_is_not_invited_twice_and_an_account_from_elsewhere_joins() {
        String email = Mailbox.uniqueEmail();
        invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);

        assertThat(invitations.checkEmail(admin, email).block(LIMIT).kind()).isEqualTo(EmailCheck.Kind.ALREADY_TEAMMATE);
        StepVerifier.create(invitations.invite(admin, draft(email), Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("already a teammate here"))
                .verify();
        assertThat(invitations.checkEmail(admin, Demo.GRACE_FRONT_DESK).block(LIMIT).kind())
                .isEqualTo(EmailCheck.Kind.EXISTING_ACCOUNT);
        UUID grace = invitations.invite(admin, draft(Demo.GRACE_FRONT_DESK), Demo.PASSWORD).block(LIMIT);
        assertThat(fixtures.teammateColumn(grace, "status")).isEqualTo("PENDING");
    }

    @Test
    void a_new_person_chooses_a_password_that_is_neither_common_nor_short_and_becomes_active() {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        assertThat(acceptance.preview(token).block(LIMIT).existingAccount()).isFalse();
        StepVerifier.create(acceptance.acceptAsNewPerson(token, "short1"))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("at least 12")).verify();
        StepVerifier.create(acceptance.acceptAsNewPerson(token, "password1234"))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("common or breached")).verify();
        assertThat(fixtures.teammateColumn(teammate, "status")).as("refusals change nothing").isEqualTo("PENDING");

        SignedInAccount signedIn = acceptance.acceptAsNewPerson(token, GOOD_PASSWORD).block(LIMIT);

        assertThat(signedIn.email()).isEqualTo(email);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
        StepVerifier.create(acceptance.preview(token))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(InvitationUnusableException.class)
                        .hasMessageContaining("already been accepted"))
                .verify();
    }

    @Test
    void fifty_simultaneous_redemptions_of_one_link_give_exactly_one_success() {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        List<Boolean> outcomes = Flux.range(0, 50)
                .flatMap(attempt -> acceptance.acceptAsNewPerson(token, GOOD_PASSWORD).map(account -> true)
                        .onErrorResume(InvitationUnusableException.class, refused -> Mono.just(false)), 50)
                .collectList().block(Duration.ofMinutes(2));

        assertThat(outcomes).hasSize(50).containsOnlyOnce(true);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
        assertThat(db.sql("select count(*) from audit_event where target_id = :t and action = 'INVITATION_ACCEPTED'")
                .bind("t", teammate).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isEqualTo(1);
    }

    @Test
    void resending_rotates_the_link_and_revoking_ends_it_and_deactivates_the_teammate() {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String first = mailbox.invitationToken(email);
        UUID invitation = invitations.pending(admin).filter(invite -> invite.teammateId().equals(teammate))
                .blockFirst(LIMIT).invitationId();

        invitations.resend(admin, invitation).block(LIMIT);
        String second = mailbox.invitationToken(email);

        assertThat(second).isNotEqualTo(first);
        StepVerifier.create(acceptance.preview(first)).expectError(InvitationUnusableException.class).verify();
        assertThat(acceptance.preview(second).block(LIMIT).email()).isEqualTo(email);
        PendingInvite pending = invitations.pending(admin).filter(invite -> invite.teammateId().equals(teammate)).blockFirst(LIMIT);
        assertThat(pending.timesSent()).isEqualTo(2);

        invitations.revoke(admin, pending.invitationId(), "Hired someone else").block(LIMIT);

        StepVerifier.create(acceptance.preview(second)).expectError(InvitationUnusableException.class).verify();
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("INACTIVE");
        assertThat(fixtures.teammateColumn(teammate, "deactivation_reason")).isEqualTo("Invitation revoked: Hired someone else");
        assertThat(db.sql("select action from audit_event where target_id = :t order by id").bind("t", teammate)
                .map(row -> row.get(0, String.class)).all().collectList().block(LIMIT))
                .containsExactly("TEAMMATE_INVITED", "INVITATION_RESENT", "INVITATION_REVOKED");
        assertThat(invitations.pending(admin).collectList().block(LIMIT)).noneMatch(invite -> invite.teammateId().equals(teammate));
    }

    @Test
    void a_link_expires_after_the_workspaces_72_hours_and_then_changes_nothing() {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);
        InvitationAcceptance justBefore = at(Duration.ofHours(71).plusMinutes(59));
        InvitationAcceptance after = at(Duration.ofHours(72).plusMinutes(1));

        assertThat(justBefore.preview(token).block(LIMIT).email()).isEqualTo(email);
        StepVerifier.create(after.acceptAsNewPerson(token, GOOD_PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("expired")).verify();
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("PENDING");
    }

    @Test
    void the_real_email_arrives_over_smtp_and_its_link_is_the_way_in() throws Exception {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);

        sender.sendDue();

        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipientOf(message).equals(email)).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(received);
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(received.getSubject()).contains("invited you to Clinic clinic-");

        acceptance.acceptAsNewPerson(link.group(1), GOOD_PASSWORD).block(LIMIT);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
        assertThat(db.sql("select action from audit_event where target_id = :t order by id").bind("t", teammate)
                .map(row -> row.get(0, String.class)).all().collectList().block(LIMIT))
                .containsExactly("TEAMMATE_INVITED", "INVITATION_ACCEPTED");
    }

    private InvitationAcceptance at(Duration later) {
        Clock clock = Clock.offset(Clock.systemUTC(), later);
        return new InvitationAcceptance(db, transaction, audit, accounts, passwordPolicy,
                new InvitationCodes(db, outbox, texts, secret, clock, languages), clock, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_person_with_an_account_accepts_with_their_password_and_an_emailed_code_of_five_tries() {
        Clinic elsewhere = fixtures.newClinic();
        UUID existing = fixtures.addTeammate(elsewhere, elsewhere.frontDeskRole(), TeammateStatus.ACTIVE);
        String email = fixtures.email(existing);
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);
        assertThat(acceptance.preview(token).block(LIMIT).existingAccount()).isTrue();

        acceptance.sendCode(token).block(LIMIT);
        String code = mailbox.code(email);
        String wrong = code.equals("000000") ? "111111" : "000000";

        StepVerifier.create(acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, wrong))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("4 tries left")).verify();
        StepVerifier.create(acceptance.acceptWithExistingAccount(token, "wrong password", code))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("not the password")).verify();
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("PENDING");

        SignedInAccount joined = acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, code).block(LIMIT);

        assertThat(joined.email()).isEqualTo(email);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void five_wrong_codes_stop_the_tries_and_a_new_code_does_not_bring_new_ones() {
        String email = existingAccountElsewhere();
        invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);
        acceptance.sendCode(token).block(LIMIT);
        String wrong = wrongFor(mailbox.code(email));
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, wrong))
                    .expectError(ChangeRefusedException.class).verify();
        }

        acceptance.sendCode(token).block(LIMIT);
        String code = mailbox.code(email);
        StepVerifier.create(acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, wrongFor(code)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessage("The code is not correct. 1 try left.")).verify();
        StepVerifier.create(acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, wrongFor(code)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith(
                        "The code is not correct, and that was the last try for now. You can try again in ")).verify();

        StepVerifier.create(acceptance.acceptWithExistingAccount(token, Demo.PASSWORD, code))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith("Too many wrong codes. You can try again in"))
                .verify();
        StepVerifier.create(acceptance.sendCode(token))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith("Too many wrong codes.")).verify();
    }

    @Test
    void codes_can_be_asked_for_three_times_in_ten_minutes_then_the_answer_says_how_long_to_wait() {
        String email = existingAccountElsewhere();
        invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);
        for (int i = 0; i < 3; i++) {
            acceptance.sendCode(token).block(LIMIT);
        }
        long mailed = mailbox.countTo(email);

        StepVerifier.create(acceptance.sendCode(token))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageMatching("We already sent several codes\\. Use the latest one, or ask for a new code in (10 minutes|[0-9]+ seconds)\\."))
                .verify();
        assertThat(mailbox.countTo(email)).as("nothing more is mailed").isEqualTo(mailed);

        InvitationAcceptance tenMinutesLater = at(Duration.ofMinutes(10).plusSeconds(5));
        tenMinutesLater.sendCode(token).block(LIMIT);
        assertThat(mailbox.countTo(email)).isEqualTo(mailed + 1);
    }

    @Test
    void an_account_invited_by_several_practices_gets_at_most_five_codes_in_ten_minutes() {
        String email = existingAccountElsewhere();
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Clinic practice = fixtures.newClinic();
            Actor itsAdmin = fixtures.actor(fixtures.addTeammate(practice, practice.adminRole(), TeammateStatus.ACTIVE));
            invitations.invite(itsAdmin, new NewTeammate(practice.frontDeskRole(), Set.of(practice.mainLocation()),
                    practice.mainLocation(), "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(),
                    NewTeammate.Booking.empty()), Demo.PASSWORD).block(LIMIT);
            tokens.add(mailbox.invitationToken(email));
        }
        for (int i = 0; i < 3; i++) {
            acceptance.sendCode(tokens.get(0)).block(LIMIT);
        }
        acceptance.sendCode(tokens.get(1)).block(LIMIT);
        acceptance.sendCode(tokens.get(1)).block(LIMIT);

        StepVerifier.create(acceptance.sendCode(tokens.get(1)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith("We already sent several codes."))
                .verify();
    }

    @Test
    void a_code_is_kept_only_as_a_keyed_hash_so_the_database_cannot_give_it_away() {
        String email = existingAccountElsewhere();
        invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);
        acceptance.sendCode(token).block(LIMIT);
        String code = mailbox.code(email);
        UUID invitation = db.sql("select id from invitation where token_sha256 = :h").bind("h", InvitationToken.hash(token))
                .map(row -> row.get(0, UUID.class)).one().block(LIMIT);
        byte[] stored = db.sql("select code_sha256 from invitation_code where invitation_id = :i and used_at is null")
                .bind("i", invitation).map(row -> row.get(0, byte[].class)).one().block(LIMIT);

        byte[] plainHash = app.staffroom.base.SecretTokens.sha256((invitation + ":" + code).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(stored).isNotEqualTo(plainHash).hasSize(32);
    }

    @Test
    void an_invitation_link_is_void_once_the_account_moved_to_another_email() {
        Clinic elsewhere = fixtures.newClinic();
        UUID existing = fixtures.addTeammate(elsewhere, elsewhere.frontDeskRole(), TeammateStatus.ACTIVE);
        String email = fixtures.email(existing);
        UUID teammate = invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);
        assertThat(acceptance.preview(token).block(LIMIT).email()).isEqualTo(email);

        db.sql("update account set email = :e where id = (select account_id from teammate where id = :t)")
                .bind("e", Mailbox.uniqueEmail()).bind("t", existing).fetch().rowsUpdated().block(LIMIT);

        StepVerifier.create(acceptance.preview(token)).expectError(InvitationUnusableException.class).verify();
        StepVerifier.create(acceptance.sendCode(token)).expectError(InvitationUnusableException.class).verify();
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("PENDING");
    }

    @Test
    void control_characters_in_a_link_password_or_code_are_plain_refusals() {
        String email = Mailbox.uniqueEmail();
        invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        StepVerifier.create(acceptance.preview(token + "\u0000")).expectError(InvitationUnusableException.class).verify();
        StepVerifier.create(acceptance.acceptAsNewPerson(token, "violet-harbour\u0000lantern-42"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("control characters")).verify();

        String existing = existingAccountElsewhere();
        invitations.invite(admin, draft(existing), Demo.PASSWORD).block(LIMIT);
        String existingToken = mailbox.invitationToken(existing);
        acceptance.sendCode(existingToken).block(LIMIT);
        StepVerifier.create(acceptance.acceptWithExistingAccount(existingToken, Demo.PASSWORD, "12\u00003456"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("The code is the six digits from the email we sent.")).verify();
        StepVerifier.create(acceptance.acceptWithExistingAccount(existingToken, "harbour\u0000", mailbox.code(existing)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("not the password")).verify();
    }

    private String existingAccountElsewhere() {
        Clinic elsewhere = fixtures.newClinic();
        return fixtures.email(fixtures.addTeammate(elsewhere, elsewhere.frontDeskRole(), TeammateStatus.ACTIVE));
    }

    private static String wrongFor(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void without_manage_users_nobody_invites_resends_or_revokes() {
        Actor frontDesk = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));

        StepVerifier.create(invitations.invite(frontDesk, draft(Mailbox.uniqueEmail()), Demo.PASSWORD))
                .expectError(AccessDeniedException.class).verify();
        StepVerifier.create(invitations.resend(frontDesk, UUID.randomUUID())).expectError(AccessDeniedException.class).verify();
        StepVerifier.create(invitations.revoke(frontDesk, UUID.randomUUID(), "")).expectError(AccessDeniedException.class).verify();
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    @Test
    void invitations_sent_and_accepted_are_counted_once_each_and_only_at_commit() {
        double sentBefore = registry.get("staffroom.invitations.sent").counter().count();
        double acceptedBefore = registry.get("staffroom.invitations.accepted").counter().count();
        String email = Mailbox.uniqueEmail();

        StepVerifier.create(invitations.invite(admin, draft(email), "not my password")).expectError().verify(LIMIT);
        assertThat(registry.get("staffroom.invitations.sent").counter().count()).isEqualTo(sentBefore);

        invitations.invite(admin, draft(email), Demo.PASSWORD).block(LIMIT);
        assertThat(registry.get("staffroom.invitations.sent").counter().count()).isEqualTo(sentBefore + 1);

        String token = mailbox.invitationToken(email);
        StepVerifier.create(acceptance.acceptAsNewPerson(token, "short1")).expectError().verify(LIMIT);
        assertThat(registry.get("staffroom.invitations.accepted").counter().count()).isEqualTo(acceptedBefore);
        acceptance.acceptAsNewPerson(token, GOOD_PASSWORD).block(LIMIT);
        assertThat(registry.get("staffroom.invitations.accepted").counter().count()).isEqualTo(acceptedBefore + 1);
    }

    private NewTeammate draft(String email) {
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of("(415) 555-0123"), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
    }
}
