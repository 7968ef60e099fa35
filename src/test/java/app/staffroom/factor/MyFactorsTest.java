package app.staffroom.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;

/** A person's own factors, and what an administrator may do about a teammate's, through the real services. */
class MyFactorsTest extends KaribuTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SIGNED_IN_AT = "app.staffroom.security.SessionLifetimeFilter.signedInAt";

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Autowired
    MyFactors factors;

    @Autowired
    FactorAdministration administration;

    @Autowired
    Mailbox mailbox;

    private Fixtures.Clinic clinic;
    private UUID teammate;
    private String email;

    @BeforeEach
    void aSignedInTeammate() {
        clinic = fixtures.newClinic();
        teammate = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        email = fixtures.email(teammate);
        signIn(email);
    }

    @Test
    void changing_factors_needs_a_proof_from_the_last_five_minutes() {
        VaadinSession.getCurrent().getSession().setAttribute(SIGNED_IN_AT, Instant.now().minus(Duration.ofMinutes(6)));
        assertThatThrownBy(() -> factors.beginApp().block(WAIT)).isInstanceOf(ProofNeededException.class);
        assertThatThrownBy(() -> factors.newRecoveryCodes().block(WAIT)).isInstanceOf(ProofNeededException.class);

        assertThatThrownBy(() -> factors.provePassword("not the password").block(WAIT)).isInstanceOf(ChangeRefusedException.class);
        assertThatThrownBy(() -> factors.beginApp().block(WAIT)).isInstanceOf(ProofNeededException.class);

        factors.provePassword(Demo.PASSWORD).block(WAIT);
        assertThat(factors.beginApp().block(WAIT)).isNotNull();
    }

    @Test
    void a_sign_in_within_five_minutes_is_proof_enough() {
        VaadinSession.getCurrent().getSession().setAttribute(SIGNED_IN_AT, Instant.now().minus(Duration.ofMinutes(4)));
        assertThat(factors.beginApp().block(WAIT)).isNotNull();
    }

    @Test
    void an_app_is_kept_only_after_its_first_right_code_and_the_first_factor_brings_ten_recovery_codes() {
        factors.provePassword(Demo.PASSWORD).block(WAIT);
        TotpEnrolment enrolment = factors.beginApp().block(WAIT);
        assertThat(factors.status().block(WAIT).authenticatorApp()).isFalse();

        assertThatThrownBy(() -> factors.confirmApp(enrolment, "12345").block(WAIT)).isInstanceOf(ChangeRefusedException.class);
        List<String> codes = factors.confirmApp(enrolment, TotpCodes.code(enrolment.secret(), Instant.now())).block(WAIT);

        assertThat(codes).hasSize(10);
        FactorStatus status = factors.status().block(WAIT);
        assertThat(status.authenticatorApp()).isTrue();
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        byte[] stored = db.sql("select secret_sealed from totp_factor f join teammate t on t.account_id = f.account_id where t.id = :t")
                .bind("t", teammate).map(row -> row.get(0, byte[].class)).one().block(WAIT);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the secret is kept sealed, never as it is").doesNotContain(enrolment.typed().replace(" ", ""));
        assertThat(auditActions()).contains("AUTHENTICATOR_APP_ADDED");
    }

    @Test
    void the_last_second_step_stays_while_a_practice_requires_one() {
        factors.provePassword(Demo.PASSWORD).block(WAIT);
        TotpEnrolment enrolment = factors.beginApp().block(WAIT);
        factors.confirmApp(enrolment, TotpCodes.code(enrolment.secret(), Instant.now())).block(WAIT);

        assertThatThrownBy(() -> factors.removeApp().block(WAIT)).isInstanceOf(ChangeRefusedException.class)
                .hasMessageContaining("Add another one");
        assertThat(factors.status().block(WAIT).authenticatorApp()).isTrue();

        db.sql("update role set two_factor_required_since = null where id = :r").bind("r", clinic.adminRole())
                .fetch().rowsUpdated().block(WAIT);
        factors.removeApp().block(WAIT);
        assertThat(factors.status().block(WAIT).authenticatorApp()).isFalse();
        assertThat(auditActions()).contains("AUTHENTICATOR_APP_REMOVED");
    }

    @Test
    void new_recovery_codes_void_the_old_ones() {
        factors.provePassword(Demo.PASSWORD).block(WAIT);
        List<String> first = factors.newRecoveryCodes().block(WAIT);
        List<String> second = factors.newRecoveryCodes().block(WAIT);

        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
        Long matching = db.sql("select count(*) from recovery_code where code_hash = :h").bind("h", RecoveryCodeRules.hash(first.getFirst()))
                .map(row -> row.get(0, Long.class)).one().block(WAIT);
        assertThat(matching).isZero();
    }

    @Test
    void an_administrator_resets_a_lost_factor_only_with_their_own_password_and_the_teammate_is_emailed() {
        UUID colleague = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID colleagueAccount = fixtures.actor(colleague).accountId();
        new FactorRecords(db).saveTotp(colleagueAccount, new byte[] {1, 2, 3}, 0).block(WAIT);
        Actor admin = fixtures.actor(teammate);

        assertThatThrownBy(() -> administration.resetFactors(admin, colleague, "wrong password").block(WAIT))
                .isInstanceOf(ChangeRefusedException.class);
        assertThat(new FactorRecords(db).status(colleagueAccount).block(WAIT).authenticatorApp()).isTrue();

        administration.resetFactors(admin, colleague, Demo.PASSWORD).block(WAIT);

        assertThat(new FactorRecords(db).status(colleagueAccount).block(WAIT).hasSecondFactor()).isFalse();
        assertThat(context.getBean(TwoFactorPolicy.class).afterPassword(colleagueAccount).block(WAIT))
                .as("the next sign-in enrols a new factor, whatever the role requires")
                .isEqualTo(app.staffroom.security.SecondFactorDue.ENROL);
        assertThat(mailbox.latestTo(fixtures.email(colleague))).contains("reset your second sign-in step");
        assertThat(auditActions()).contains("TWO_FACTOR_RESET");
    }

    @Test
    void nobody_resets_the_owners_factors_but_the_owner_and_nobody_without_manage_users() {
        UUID owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);

        assertThatThrownBy(() -> administration.resetFactors(fixtures.actor(teammate), owner, Demo.PASSWORD).block(WAIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetFactors(fixtures.actor(frontDesk), teammate, Demo.PASSWORD).block(WAIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.overview(fixtures.actor(frontDesk)).block(WAIT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_overview_names_who_is_overdue_and_a_reminder_is_emailed() {
        db.sql("update role set two_factor_required_since = now() - interval '30 days' where id = :r")
                .bind("r", clinic.adminRole()).fetch().rowsUpdated().block(WAIT);
        db.sql("update teammate set activated_at = now() - interval '30 days' where id = :t")
                .bind("t", teammate).fetch().rowsUpdated().block(WAIT);
        Actor admin = fixtures.actor(teammate);

        SecurityRow row = administration.overview(admin).block(WAIT).stream()
                .filter(found -> found.teammateId().equals(teammate)).findFirst().orElseThrow();
        assertThat(row.overdue()).isTrue();
        assertThat(row.hasSecondFactor()).isFalse();

        administration.remind(admin, teammate).block(WAIT);
        assertThat(mailbox.latestTo(email)).contains("authenticator app or a passkey");
        assertThatThrownBy(() -> administration.remind(admin, teammate).block(WAIT))
                .as("one reminder an hour").isInstanceOf(ChangeRefusedException.class);
        assertThat(mailbox.countTo(email)).isEqualTo(1);
    }

    @Test
    void the_rule_is_changed_only_with_manage_settings_and_is_audited() {
        TwoFactorPolicy policy = context.getBean(TwoFactorPolicy.class);
        Actor admin = fixtures.actor(teammate);
        var before = policy.settings(admin).block(WAIT);
        assertThat(before.roles()).filteredOn(TwoFactorPolicy.RoleRule::required)
                .extracting(TwoFactorPolicy.RoleRule::roleId).containsExactly(clinic.adminRole());

        var after = policy.update(admin, java.util.Set.of(clinic.adminRole(), clinic.frontDeskRole()), 7).block(WAIT);

        assertThat(after.graceDays()).isEqualTo(7);
        assertThat(after.roles()).filteredOn(TwoFactorPolicy.RoleRule::required).hasSize(2);
        assertThat(auditActions()).contains("TWO_FACTOR_POLICY_CHANGED");
        assertThatThrownBy(() -> policy.update(admin, java.util.Set.of(), 91).block(WAIT)).isInstanceOf(ChangeRefusedException.class);
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        assertThatThrownBy(() -> policy.update(fixtures.actor(frontDesk), java.util.Set.of(), 3).block(WAIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TwoFactorPolicy.graceDays("1e1")).isEmpty();
        assertThat(TwoFactorPolicy.graceDays(" 14 ")).hasValue(14);
    }

    private List<String> auditActions() {
        return db.sql("select action from audit_event where workspace_id = :w").bind("w", clinic.workspaceId())
                .map(row -> row.get(0, String.class)).all().collectList().block(WAIT);
    }
}
