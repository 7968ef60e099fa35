package app.staffroom.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.role.Permission;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import app.staffroom.testing.SignedInSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;

/** Password reset by emailed link: the same answer for everyone, single use, expiry, limits, the administrator's link. */
@SpringBootTest
class PasswordResetServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";

    @Autowired
    PasswordResetService resets;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Accounts accounts;

    @Autowired
    DatabaseClient db;

    @Autowired
    ApplicationContext node;

    Clinic clinic;
    UUID admin;
    UUID person;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void an_email_with_an_account_and_one_without_get_the_same_answer_in_the_same_time() {
        List<Long> withAccount = new ArrayList<>();
        List<Long> withoutAccount = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int warmUp = 5;
        int measured = 20;
        for (int i = 0; i < warmUp + measured; i++) {
            String known = fixtures.email(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
            String nobody = Mailbox.uniqueEmail();
            existing.add(known);
            unknown.add(nobody);
            // Alternating which goes first, so that neither is always the one that meets a warm cache.
            boolean knownFirst = i % 2 == 0;
            long first = timed(knownFirst ? known : nobody);
            long second = timed(knownFirst ? nobody : known);
            if (i >= warmUp) {
                withAccount.add(knownFirst ? first : second);
                withoutAccount.add(knownFirst ? second : first);
            }
        }
        resets.backgroundDone().block(LIMIT);

        System.out.printf("Password reset request, %d of each: median %.2f ms with an account, %.2f ms without; "
                        + "slowest %.2f ms with, %.2f ms without%n", measured, median(withAccount), median(withoutAccount),
                max(withAccount), max(withoutAccount));
        for (String email : existing) {
            assertThat(mailbox.countTo(email)).as("a link for %s", email).isEqualTo(1);
        }
        for (String email : unknown) {
            assertThat(mailbox.countTo(email)).as("nothing for %s", email).isZero();
        }
    }

    /** Nanoseconds for one request, whose answer must be the same whoever's email it is. */
    private long timed(String email) {
        long start = System.nanoTime();
        ResetRequest answer = resets.requestLink(email, address()).block(LIMIT);
        long took = System.nanoTime() - start;
        assertThat(answer).isEqualTo(ResetRequest.TAKEN);
        return took;
    }

    @Test
    void a_link_works_once_and_only_saving_the_new_password_uses_it() {
        String token = requestLinkFor(person);

        assertThat(resets.open(token).block(LIMIT).email()).isEqualTo(fixtures.email(person));
        assertThat(resets.open(token).block(LIMIT)).as("pressing Continue again still works").isNotNull();
        assertThatThrownBy(() -> resets.setNewPassword(token, "short").block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).isNotInstanceOf(ResetLinkUnusableException.class)
                .hasMessageContaining("12");
        assertThat(resets.open(token).block(LIMIT)).as("a refused password leaves the link usable").isNotNull();

        resets.setNewPassword(token, NEW_PASSWORD).block(LIMIT);

        assertThat(accounts.passwordMatches(fixtures.actor(person).accountId(), NEW_PASSWORD).block(LIMIT)).isTrue();
        assertThatThrownBy(() -> resets.open(token).block(LIMIT)).isInstanceOf(ResetLinkUnusableException.class)
                .hasMessageStartingWith("This link was already used.");
        assertThatThrownBy(() -> resets.setNewPassword(token, "another-harbour-lantern-43").block(LIMIT))
                .isInstanceOf(ResetLinkUnusableException.class);
        assertThat(accounts.passwordMatches(fixtures.actor(person).accountId(), NEW_PASSWORD).block(LIMIT)).isTrue();
    }

    @Test
    void a_link_expires_after_thirty_minutes() {
        String token = requestLinkFor(person);
        assertThat(PasswordResetService.LINK_LIFETIME).isEqualTo(Duration.ofMinutes(30));
        Instant expires = db.sql("select expires_at - created_at = interval '30 minutes' as thirty, expires_at"
                        + " from password_reset where account_id = :a and used_at is null and voided_at is null")
                .bind("a", fixtures.actor(person).accountId())
                .map(row -> {
                    assertThat(row.get("thirty", Boolean.class)).isTrue();
                    return row.get("expires_at", Instant.class);
                }).one().block(LIMIT);
        assertThat(expires).isAfter(Instant.now());

        db.sql("update password_reset set expires_at = now() - interval '1 second' where account_id = :a")
                .bind("a", fixtures.actor(person).accountId()).fetch().rowsUpdated().block(LIMIT);

        assertThatThrownBy(() -> resets.open(token).block(LIMIT)).isInstanceOf(ResetLinkUnusableException.class)
                .hasMessageStartingWith("This link expired");
        assertThatThrownBy(() -> resets.setNewPassword(token, NEW_PASSWORD).block(LIMIT))
                .isInstanceOf(ResetLinkUnusableException.class);
        assertThat(accounts.passwordMatches(fixtures.actor(person).accountId(), Demo.PASSWORD).block(LIMIT)).isTrue();
    }

    @Test
    void a_newer_link_voids_the_older_one() {
        String older = requestLinkFor(person);
        String newer = requestLinkFor(person);

        assertThat(newer).isNotEqualTo(older);
        assertThatThrownBy(() -> resets.open(older).block(LIMIT)).isInstanceOf(ResetLinkUnusableException.class)
                .hasMessageStartingWith("This link was replaced by a newer one.");
        assertThatThrownBy(() -> resets.setNewPassword(older, NEW_PASSWORD).block(LIMIT))
                .isInstanceOf(ResetLinkUnusableException.class);
        resets.setNewPassword(newer, NEW_PASSWORD).block(LIMIT);
    }

    @Test
    void a_malformed_or_unknown_token_is_refused_before_any_lookup_with_one_message() {
        for (String token : List.of("", "not a token", "abc\u0000def", "x".repeat(200), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            assertThatThrownBy(() -> resets.open(token).block(LIMIT)).isInstanceOf(ResetLinkUnusableException.class)
                    .hasMessage(ResetLinkUnusableException.UNKNOWN.english());
        }
    }

    @Test
    void a_reset_ends_every_session_clears_the_throttle_is_audited_and_tells_the_person() {
        UUID account = fixtures.actor(person).accountId();
        MockHttpSession laptop = SignedInSessions.signIn(node, account, "Firefox", "203.0.113.7");
        MockHttpSession phone = SignedInSessions.signIn(node, account, "Safari", "198.51.100.4");
        db.sql("update account set consecutive_failed_logins = 7, failures_in_window = 7, failure_window_started_at = now(),"
                + " locked_until = now() + interval '10 minutes' where id = :a").bind("a", account).fetch().rowsUpdated().block(LIMIT);
        String token = requestLinkFor(person);

        resets.setNewPassword(token, NEW_PASSWORD).block(LIMIT);

        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(laptop) && SignedInSessions.revoked(phone));
        assertThat(db.sql("select count(*) from signed_in_session where account_id = :a and ended_at is null")
                .bind("a", account).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isZero();
        assertThat(db.sql("select locked_until is null and consecutive_failed_logins = 0 and failures_in_window = 0"
                        + " from account where id = :a")
                .bind("a", account).map(row -> row.get(0, Boolean.class)).one().block(LIMIT)).isTrue();
        assertThat(accounts.passwordMatches(account, Demo.PASSWORD).block(LIMIT)).isFalse();
        assertThat(accounts.sessionsValidFrom(account).block(LIMIT)).isAfter(Instant.now().minusSeconds(60));
        assertThat(db.sql("select count(*) from audit_event where action = 'PASSWORD_RESET' and target_id = :t")
                .bind("t", person).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isEqualTo(1);
        assertThat(mailbox.latestTo(fixtures.email(person))).contains("was changed on")
                .contains("every session of the account was signed out");
    }

    @Test
    void requests_are_limited_per_email_and_per_client_address_with_one_answer_for_both() {
        String email = fixtures.email(person);
        for (int i = 0; i < ResetLimits.PER_EMAIL; i++) {
            assertThat(resets.requestLink(email, address()).block(LIMIT)).isEqualTo(ResetRequest.TAKEN);
        }
        ResetRequest perEmail = resets.requestLink(email, address()).block(LIMIT);

        String client = address();
        for (int i = 0; i < ResetLimits.PER_CLIENT; i++) {
            assertThat(resets.requestLink(Mailbox.uniqueEmail(), client).block(LIMIT)).isEqualTo(ResetRequest.TAKEN);
        }
        ResetRequest perClient = resets.requestLink(Mailbox.uniqueEmail(), client).block(LIMIT);
        ResetRequest perClientForAnAccount = resets.requestLink(fixtures.email(admin), client).block(LIMIT);

        assertThat(perEmail).isEqualTo(perClient).isEqualTo(perClientForAnAccount).isEqualTo(ResetRequest.TOO_MANY);
        resets.backgroundDone().block(LIMIT);
        assertThat(mailbox.countTo(email)).isEqualTo(ResetLimits.PER_EMAIL);
        assertThat(mailbox.countTo(fixtures.email(admin))).as("a refused request sends nothing").isZero();
        assertThat(db.sql("select count(*) from password_reset_request where client_address = :c").bind("c", client)
                .map(row -> row.get(0, Long.class)).one().block(LIMIT)).as("refused requests are not counted")
                .isEqualTo(ResetLimits.PER_CLIENT);
    }

    @Test
    void a_malformed_email_is_refused_with_what_is_wrong_and_counts_nothing() {
        String client = address();
        assertThatThrownBy(() -> resets.requestLink("not-an-email", client).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class);
        assertThatThrownBy(() -> resets.requestLink("a\u0000@clinic.example", client).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class);
        assertThat(db.sql("select count(*) from password_reset_request where client_address = :c").bind("c", client)
                .map(row -> row.get(0, Long.class)).one().block(LIMIT)).isZero();
    }

    @Test
    void an_administrator_sends_a_teammate_a_link_without_seeing_it() {
        resets.sendLink(fixtures.actor(admin), person).block(LIMIT);

        String mail = mailbox.latestTo(fixtures.email(person));
        assertThat(mail).contains("an administrator of your practice").contains("Nobody but you sees or chooses it.");
        String token = mailbox.resetToken(fixtures.email(person));
        assertThat(db.sql("select count(*) from audit_event where action = 'PASSWORD_RESET_SENT' and target_id = :t")
                .bind("t", person).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isEqualTo(1);
        assertThat(db.sql("select count(*) from audit_event where action = 'PASSWORD_RESET_SENT' and target_id = :t"
                        + " and (after_values::text like '%' || :token || '%' or before_values::text like '%' || :token || '%')")
                .bind("t", person).bind("token", token).map(row -> row.get(0, Long.class)).one().block(LIMIT))
                .as("the audit trail holds no link").isZero();

        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(admin), person).block(LIMIT))
                .as("a second click within a minute sends nothing more").isInstanceOf(ChangeRefusedException.class);
        assertThat(mailbox.countTo(fixtures.email(person))).isEqualTo(1);

        resets.setNewPassword(token, NEW_PASSWORD).block(LIMIT);
        assertThat(accounts.passwordMatches(fixtures.actor(person).accountId(), NEW_PASSWORD).block(LIMIT)).isTrue();
    }

    @Test
    void only_an_administrator_of_the_same_practice_who_holds_as_much_sends_a_link_to_an_active_teammate() {
        Clinic other = fixtures.newClinic();
        UUID otherAdmin = fixtures.addTeammate(other, other.adminRole(), TeammateStatus.ACTIVE);
        UUID manager = fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE);
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        UUID inactive = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE);

        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(person), admin).block(LIMIT))
                .as("Front Desk has no Team \"manage users\"").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(otherAdmin), person).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessage("That teammate is not in this practice.");
        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(manager), admin).block(LIMIT))
                .as("a practice manager acting on an Admin").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(admin), pending).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("has not joined yet");
        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(admin), inactive).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("is deactivated");
        for (UUID teammate : List.of(admin, person, pending, inactive)) {
            assertThat(mailbox.countTo(fixtures.email(teammate))).isZero();
        }

        UUID helper = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Helper", Permission.TEAM_VIEW),
                TeammateStatus.ACTIVE);
        assertThatThrownBy(() -> resets.sendLink(fixtures.actor(manager), person).block(LIMIT))
                .as("a practice manager acting on Front Desk, which holds more").isInstanceOf(AccessDeniedException.class);
        resets.sendLink(fixtures.actor(manager), helper).block(LIMIT);
        assertThat(mailbox.countTo(fixtures.email(helper))).isEqualTo(1);
    }

    private String requestLinkFor(UUID teammate) {
        Actor actor = fixtures.actor(teammate);
        String email = fixtures.email(teammate);
        assertThat(actor).isNotNull();
        assertThat(resets.requestLink(email, address()).block(LIMIT)).isEqualTo(ResetRequest.TAKEN);
        resets.backgroundDone().block(LIMIT);
        return mailbox.resetToken(email);
    }

    /** A client address of its own, so that tests sharing the database never meet each other's limits. */
    private static String address() {
        return "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }
}
