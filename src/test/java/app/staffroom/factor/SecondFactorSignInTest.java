package app.staffroom.factor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.factor.ui.EnrolView;
import app.staffroom.factor.ui.SecondFactorView;
import app.staffroom.security.PasswordProved;
import app.staffroom.security.SecondFactorDue;
import app.staffroom.security.ServerSecret;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The second step of a sign-in, through the real authentication, services and screens. */
class SecondFactorSignInTest extends KaribuTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Autowired
    ServerSecret serverSecret;

    @Autowired
    SecondFactorSignIn signIn;

    private String email;
    private UUID account;
    private byte[] secret;

    @BeforeEach
    void aTeammateWithAnAuthenticatorApp() {
        Fixtures.Clinic clinic = fixtures.newClinic();
        UUID teammate = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        email = fixtures.email(teammate);
        account = fixtures.actor(teammate).accountId();
        secret = TotpCodes.newSecret();
        db.sql("insert into totp_factor (account_id, secret_sealed) values (:a, :s)")
                .bind("a", account).bind("s", serverSecret.seal(secret)).fetch().rowsUpdated().block(WAIT);
    }

    @Test
    void the_password_alone_only_opens_the_second_step() {
        signIn(email);

        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(PasswordProved.class, pending -> assertThat(pending.due()).isEqualTo(SecondFactorDue.VERIFY));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(org.springframework.security.core.GrantedAuthority::getAuthority).containsExactly("FACTOR_PASSWORD");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SecondFactorView.class);
        UI.getCurrent().navigate("profile");
        _get(SecondFactorView.class);
    }

    @Test
    void the_current_code_finishes_the_sign_in_once_and_a_replay_is_refused() {
        signIn(email);
        String code = TotpCodes.code(secret, Instant.now());

        assertThat(signIn.withCode(code).block(WAIT)).startsWith("/signin/ticket/");
        assertThatThrownBy(() -> signIn.withCode(code).block(WAIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessage(SecondFactorSignIn.REFUSAL.english());
    }

    @Test
    void five_wrong_codes_pause_the_account_like_wrong_passwords() {
        signIn(email);
        String right = TotpCodes.code(secret, Instant.now());
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.withCode(wrong).block(WAIT)).isInstanceOf(ChangeRefusedException.class);
        }

        assertThatThrownBy(() -> signIn.withCode(right).block(WAIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessage(SecondFactorSignIn.PAUSED.english());
        Instant lockedUntil = db.sql("select locked_until from account where id = :a").bind("a", account)
                .map(row -> row.get(0, Instant.class)).one().block(WAIT);
        assertThat(lockedUntil).isAfter(Instant.now());
    }

    @Test
    void a_password_changed_after_it_was_typed_ends_the_waiting_sign_in() {
        signIn(email);
        db.sql("update account set sessions_valid_from = now() where id = :a").bind("a", account).fetch().rowsUpdated().block(WAIT);

        assertThatThrownBy(() -> signIn.withCode(TotpCodes.code(secret, Instant.now())).block(WAIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessage(SecondFactorSignIn.PASSWORD_CHANGED.english());
    }

    @Test
    void slips_that_cannot_be_codes_are_said_and_not_counted_while_wrong_codes_are_audited() {
        signIn(email);
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> signIn.withCode("12a45").block(WAIT)).hasMessage(SecondFactorSignIn.SHAPE.english());
        }
        String right = TotpCodes.code(secret, Instant.now());
        assertThat(signIn.withCode(right).block(WAIT)).startsWith("/signin/ticket/");

        signIn(email);
        String wrong = right.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> signIn.withCode(wrong).block(WAIT)).hasMessage(SecondFactorSignIn.REFUSAL.english());
        Long refused = db.sql("select count(*) from audit_event e join teammate t on t.id = e.target_id "
                        + "where t.account_id = :a and e.action = 'SIGN_IN_FAILED'")
                .bind("a", account).map(row -> row.get(0, Long.class)).one().block(WAIT);
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void a_recovery_code_signs_in_once() {
        List<String> codes = RecoveryCodeRules.newCodes();
        new FactorRecords(db).replaceRecoveryCodes(account, codes.stream().map(RecoveryCodeRules::hash).toList()).block(WAIT);
        signIn(email);

        assertThat(signIn.withCode(codes.get(3).toUpperCase()).block(WAIT)).startsWith("/signin/ticket/");
        assertThatThrownBy(() -> signIn.withCode(codes.get(3)).block(WAIT)).hasMessage(SecondFactorSignIn.USED.english());
        assertThat(signIn.withCode(codes.get(4)).block(WAIT)).startsWith("/signin/ticket/");
    }

    @Test
    void without_a_password_first_there_is_no_second_step_to_finish() {
        assertThatThrownBy(() -> signIn.withCode(TotpCodes.code(secret, Instant.now())).block(WAIT))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_required_role_past_its_grace_period_must_enrol_before_anything_else() {
        db.sql("delete from totp_factor where account_id = :a").bind("a", account).fetch().rowsUpdated().block(WAIT);
        db.sql("update role set two_factor_required_since = now() - interval '20 days' where id = "
                        + "(select role_id from teammate where account_id = :a)")
                .bind("a", account).fetch().rowsUpdated().block(WAIT);
        db.sql("update teammate set activated_at = now() - interval '20 days' where account_id = :a")
                .bind("a", account).fetch().rowsUpdated().block(WAIT);

        signIn(email);

        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(PasswordProved.class, pending -> assertThat(pending.due()).isEqualTo(SecondFactorDue.ENROL));
        UI.getCurrent().navigate("");
        _get(EnrolView.class);
        assertThatThrownBy(() -> signIn.finishEnrolment().block(WAIT)).isInstanceOf(ChangeRefusedException.class);
    }

    @Test
    void a_person_moved_into_a_required_role_gets_the_grace_period_from_then_on() {
        db.sql("delete from totp_factor where account_id = :a").bind("a", account).fetch().rowsUpdated().block(WAIT);
        UUID adminRole = db.sql("select role_id from teammate where account_id = :a").bind("a", account)
                .map(row -> row.get(0, UUID.class)).one().block(WAIT);
        db.sql("update role set two_factor_required_since = now() - interval '30 days' where id = :r")
                .bind("r", adminRole).fetch().rowsUpdated().block(WAIT);
        db.sql("update teammate set activated_at = now() - interval '30 days', role_id = "
                        + "(select id from role where workspace_id = teammate.workspace_id and built_in = 'FRONT_DESK') where account_id = :a")
                .bind("a", account).fetch().rowsUpdated().block(WAIT);
        db.sql("update teammate set role_id = :r where account_id = :a").bind("r", adminRole).bind("a", account)
                .fetch().rowsUpdated().block(WAIT);

        assertThat(context.getBean(TwoFactorPolicy.class).enrolmentDeadline(account).block(WAIT))
                .isAfter(Instant.now().plus(Duration.ofDays(13)));
        signIn(email);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isNotInstanceOf(PasswordProved.class);
    }

    @Test
    void within_the_grace_period_the_password_alone_still_signs_in() {
        db.sql("delete from totp_factor where account_id = :a").bind("a", account).fetch().rowsUpdated().block(WAIT);
        db.sql("update role set two_factor_required_since = now() - interval '13 days' where id = "
                        + "(select role_id from teammate where account_id = :a)")
                .bind("a", account).fetch().rowsUpdated().block(WAIT);
        db.sql("update teammate set activated_at = now() - interval '20 days' where account_id = :a")
                .bind("a", account).fetch().rowsUpdated().block(WAIT);

        signIn(email);

        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(org.springframework.security.core.GrantedAuthority::getAuthority).contains("ROLE_USER", "FACTOR_PASSWORD");
    }
}
