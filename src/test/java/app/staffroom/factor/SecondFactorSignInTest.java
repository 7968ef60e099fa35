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
                .isInstanceOf(ChangeRefusedException.class).hasMessage(SecondFactorSignIn.REFUSAL);
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
                .isInstanceOf(ChangeRefusedException.class).hasMessage(SecondFactorSignIn.PAUSED);
        Instant lockedUntil = db.sql("select locked_until from account where id = :a").bind("a", account)
                .map(row -> row.get(0, Instant.class)).one().block(WAIT);
        assertThat(lockedUntil).isAfter(Instant.now());
    }

    @Test
    void a_recovery_code_signs_in_once() {
        List<String> codes = RecoveryCodeRules.newCodes();
        new FactorRecords(db).replaceRecoveryCodes(account, codes.stream().map(RecoveryCodeRules::hash).toList()).block(WAIT);
        signIn(email);

        assertThat(signIn.withCode(codes.get(3).toUpperCase()).block(WAIT)).startsWith("/signin/ticket/");
        assertThatThrownBy(() -> signIn.withCode(codes.get(3)).block(WAIT)).isInstanceOf(ChangeRefusedException.class);
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
