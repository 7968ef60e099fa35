package app.staffroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationAcceptance;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.profile.EmailChangeService;
import app.staffroom.security.Actor;
import app.staffroom.security.ServerSecret;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Nothing in the outbox can be used as a link or a code: bodies wait sealed and are erased once sent; and
 * the development outbox shows one practice's mail with only the viewer's own links and codes.
 */
@SpringBootTest
class OutboxSecrecyTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Pattern INVITATION = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");
    private static final Pattern EMAIL_LINK = Pattern.compile("/profile/email/([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    Outbox outbox;

    @Autowired
    ServerSecret secret;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    Actor admin;

    @BeforeEach
    void aPractice() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
    }

    @Test
    void invitation_links_codes_and_email_change_links_cannot_be_read_from_the_outbox_before_or_after_delivery() {
        String newcomer = Mailbox.uniqueEmail();
        invitations.invite(admin, draft(newcomer), Demo.PASSWORD).block(LIMIT);
        String invitationToken = secretIn(newcomer, INVITATION);

        String existing = existingAccountElsewhere();
        invitations.invite(admin, draft(existing), Demo.PASSWORD).block(LIMIT);
        acceptance.sendCode(secretIn(existing, INVITATION)).block(LIMIT);
        String code = secretIn(existing, CODE);

        String newAddress = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(admin, newAddress, Demo.PASSWORD).block(LIMIT);
        String emailToken = secretIn(newAddress, EMAIL_LINK);

        List<String> secrets = List.of(invitationToken, code, emailToken);
        assertThat(outboxRowsHolding(secrets)).as("while waiting, the outbox holds them only sealed").isZero();

        delivery.sendAllDue();

        assertThat(mailbox.latestTo(newcomer)).contains("/invitation/" + invitationToken);
        assertThat(mailbox.latestTo(existing)).contains(code);
        assertThat(mailbox.latestTo(newAddress)).contains("/profile/email/" + emailToken);
        assertThat(outboxRowsHolding(secrets)).isZero();
        assertThat(db.sql("""
                        select count(*) from mail_outbox where workspace_id = :w
                           and (status <> 'SENT' or sealed_body is not null or body_text is not null or body_html is not null)
                        """)
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, Long.class)).one().block(LIMIT))
                .as("delivered mail keeps no body at all").isZero();
    }

    @Test
    void the_development_outbox_shows_this_practices_mail_with_only_the_viewers_own_links_and_codes() {
        String newcomer = Mailbox.uniqueEmail();
        invitations.invite(admin, draft(newcomer), Demo.PASSWORD).block(LIMIT);
        String existing = existingAccountElsewhere();
        invitations.invite(admin, draft(existing), Demo.PASSWORD).block(LIMIT);
        acceptance.sendCode(mailbox.invitationToken(existing)).block(LIMIT);
        String myNewAddress = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(admin, myNewAddress, Demo.PASSWORD).block(LIMIT);
        Clinic otherPractice = fixtures.newClinic();
        Actor otherAdmin = fixtures.actor(fixtures.addTeammate(otherPractice, otherPractice.adminRole(), TeammateStatus.ACTIVE));
        String elsewhere = Mailbox.uniqueEmail();
        invitations.invite(otherAdmin, new NewTeammate(otherPractice.frontDeskRole(), Set.of(otherPractice.mainLocation()),
                otherPractice.mainLocation(), "Omar", "Other", elsewhere, List.of(), NewTeammate.Provider.none(),
                NewTeammate.Booking.empty()), Demo.PASSWORD).block(LIMIT);
        // A colleague's email changes, to a free address and to one in use: their business, not the outbox's.
        Actor colleague = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        String colleaguesNewAddress = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(colleague, colleaguesNewAddress, Demo.PASSWORD).block(LIMIT);
        String inUse = fixtures.email(otherAdmin.teammateId());
        emailChanges.requestEmailChange(colleague, inUse, Demo.PASSWORD).block(LIMIT);
        delivery.sendAllDue();

        Map<String, List<String>> shown = outbox.recent(admin).collectList().block(LIMIT).stream()
                .collect(Collectors.groupingBy(SentMail::recipient, Collectors.mapping(SentMail::text, Collectors.toList())));

        assertThat(shown).containsKeys(newcomer, existing, myNewAddress)
                .doesNotContainKeys(elsewhere, colleaguesNewAddress, inUse, fixtures.email(colleague.teammateId()));
        assertThat(shown.get(newcomer).getFirst()).contains(Outbox.HIDDEN_LINK).doesNotContain("/invitation/");
        assertThat(shown.get(existing)).allSatisfy(text -> assertThat(text).doesNotContain("/invitation/")
                .doesNotContainPattern(CODE));
        assertThat(String.join("\n", shown.get(existing))).contains(Outbox.HIDDEN_CODE);
        assertThat(shown.get(myNewAddress).getFirst()).as("the viewer's own mail shows its link").contains("/profile/email/");
    }

    /** Reads a secret from the queued message as only the server can: by opening its sealed body. */
    private String secretIn(String recipient, Pattern pattern) {
        byte[] sealed = db.sql("select sealed_body from mail_outbox where recipient = :r order by created_at desc, id limit 1")
                .bind("r", recipient).map(row -> row.get(0, byte[].class)).one().block(LIMIT);
        Matcher found = pattern.matcher(SealedBody.open(secret, sealed).text());
        assertThat(found.find()).as("a secret in the mail to " + recipient).isTrue();
        return found.group(1);
    }

    private long outboxRowsHolding(List<String> secrets) {
        return db.sql("""
                        select count(*) from mail_outbox m, unnest(cast(:secrets as text[])) s
                         where m::text like '%' || s || '%' or coalesce(encode(m.sealed_body, 'escape'), '') like '%' || s || '%'
                        """)
                .bind("secrets", secrets.toArray(String[]::new)).map(row -> row.get(0, Long.class)).one().block(LIMIT);
    }

    private String existingAccountElsewhere() {
        Clinic elsewhere = fixtures.newClinic();
        return fixtures.email(fixtures.addTeammate(elsewhere, elsewhere.frontDeskRole(), TeammateStatus.ACTIVE));
    }

    private NewTeammate draft(String email) {
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
    }
}
