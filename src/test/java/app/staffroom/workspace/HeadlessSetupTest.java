package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.invite.InvitationAcceptance;
import app.staffroom.invite.InvitationUnusableException;
import app.staffroom.security.SignedInAccount;
import app.staffroom.testing.FreshInstance;
import app.staffroom.testing.Mailbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The first run of an automated deployment: the practice comes from the STAFFROOM_SETUP_* settings and its
 * owner, who gets no password from them, is invited by email. In the order an operator lives it: a start
 * with mistakes in the settings, the start that sets up, restarts while the owner has not joined, and the
 * owner joining through the emailed link.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeadlessSetupTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String EMAIL = "anna.smith@clinic.example";
    private static final String PASSWORD = "copper-meadow-violin-77";
    private static final String[] SETTINGS = {
            "--staffroom.setup.practice-name=Test Practice", "--staffroom.setup.country=AU",
            "--staffroom.setup.time-zone=Australia/Sydney", "--staffroom.setup.location=Bondi Clinic",
            "--staffroom.setup.owner-first-name=Anna", "--staffroom.setup.owner-last-name=Smith",
            "--staffroom.setup.owner-email=" + EMAIL};

    @TempDir
    static Path dataDirectory;

    static String refusedStart;
    static Throwable refusal;
    static FreshInstance instance;
    static String firstInvitation;

    @BeforeAll
    static void startWithMistakesThenCorrected(CapturedOutput console) {
        int before = console.getOut().length();
        try {
            FreshInstance.start(dataDirectory, console, "--staffroom.setup.practice-name=Wrong Practice",
                    "--staffroom.setup.country=au", "--staffroom.setup.time-zone=Australia/Sidney",
                    "--staffroom.setup.location=Bondi Clinic", "--staffroom.setup.owner-first-name=Anna",
                    "--staffroom.setup.owner-last-name=Smith", "--staffroom.setup.owner-email=anna@").close();
        } catch (RuntimeException failed) {
            refusal = failed;
        }
        refusedStart = console.getOut().substring(before);
        instance = FreshInstance.start(dataDirectory, console, SETTINGS);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    @Order(1)
    void settings_with_mistakes_fail_the_start_naming_each_variable_and_create_nothing() {
        assertThat(refusal).as("the start failed").isNotNull();
        assertThat(refusedStart)
                .contains("STAFFROOM_SETUP_COUNTRY (staffroom.setup.country) \"au\": Choose a country from the list."
                        + " Give the two-letter ISO 3166 code, for example AU.")
                .contains("STAFFROOM_SETUP_TIME_ZONE (staffroom.setup.time-zone) \"Australia/Sidney\": Choose a time zone")
                .contains("STAFFROOM_SETUP_OWNER_EMAIL (staffroom.setup.owner-email) \"anna@\": Enter a valid email address")
                .doesNotContain("STAFFROOM_SETUP_PRACTICE_NAME (")
                .contains("have 3 problem(s), logged above. Nothing was created.");
        assertThat(FreshInstance.hasSetupLink(refusedStart)).isFalse();
        assertThat(instance.count("select count(*) from workspace where name = 'Wrong Practice'")).isZero();
        assertThat(instance.practices()).isOne();
        assertThat(instance.count("select count(*) from account")).isOne();
    }

    @Test
    @Order(2)
    void the_start_creates_the_practice_with_a_pending_admin_owner_without_a_password_and_mails_the_invitation() {
        assertThat(instance.console()).contains("practice \"Test Practice\" created from the STAFFROOM_SETUP_* settings");
        assertThat(FreshInstance.hasSetupLink(instance.console())).as("no setup link").isFalse();
        assertThat(text("select name || '|' || slug || '|' || phone_region || '|' || time_zone || '|' || currency from workspace"))
                .isEqualTo("Test Practice|test-practice|AU|Australia/Sydney|AUD");
        assertThat(text("select string_agg(name, ',') from location")).isEqualTo("Bondi Clinic");
        assertThat(instance.count("select count(*) from role")).isEqualTo(5);
        assertThat(text("""
                select t.status || '|' || r.built_in || '|' || (w.owner_teammate_id = t.id) || '|' || a.email || '|'
                       || (a.password_hash is null) || '|' || (t.invited_by is null)
                  from teammate t join role r on r.id = t.role_id join workspace w on w.id = t.workspace_id
                  join account a on a.id = t.account_id""")).isEqualTo("PENDING|ADMIN|true|" + EMAIL + "|true|true");
        assertThat(instance.count("select count(*) from instance_operator")).isOne();
        assertThat(instance.count("select count(*) from setup_token")).isZero();
        assertThat(text("select string_agg(action || ':' || actor_label, ',' order by id) from audit_event"))
                .isEqualTo("PRACTICE_SET_UP:Staffroom setup,OWNER_INVITED:Staffroom setup");
        assertThat(text("select status || '|' || sent_count || '|' || (invited_by is null) from invitation"))
                .isEqualTo("PENDING|1|true");
        String mail = mailbox().latestTo(EMAIL);
        assertThat(mail).contains("Hello Anna,").contains("join Test Practice on Staffroom").contains("/invitation/");
        firstInvitation = mailbox().invitationToken(EMAIL);
        assertThat(instance.node().getBean(FirstRunSetup.class).status("").block(LIMIT)).isEqualTo(SetupStatus.ALREADY_SET_UP);
    }

    @Test
    @Order(3)
    void a_start_while_the_owner_has_a_usable_invitation_sends_nothing(CapturedOutput console) {
        int before = console.getOut().length();

        instance.node().getBean(FirstRunStartup.class).onStart();

        assertThat(mailbox().countTo(EMAIL)).isOne();
        assertThat(console.getOut().substring(before)).doesNotContain("fresh invitation");
        assertThat(instance.practices()).isOne();
    }

    @Test
    @Order(4)
    void a_restart_while_the_owner_waits_with_an_expired_invitation_sends_a_fresh_one(CapturedOutput console) {
        db().sql("update invitation set created_at = now() - interval '4 days', last_sent_at = now() - interval '4 days', expires_at = now() - interval '1 day'").fetch().rowsUpdated().block(LIMIT);
        instance.close();

        instance = FreshInstance.start(dataDirectory, console, SETTINGS);

        assertThat(instance.console()).contains("The owner of \"Test Practice\" (" + EMAIL
                + ") has not joined yet and had no usable invitation: a fresh invitation was sent");
        assertThat(FreshInstance.hasSetupLink(instance.console())).isFalse();
        assertThat(instance.practices()).isOne();
        assertThat(text("select string_agg(status || ':' || sent_count, ',' order by sent_count) from invitation"))
                .isEqualTo("REPLACED:1,PENDING:2");
        assertThat(mailbox().countTo(EMAIL)).isEqualTo(2);
        assertThat(mailbox().invitationToken(EMAIL)).isNotEqualTo(firstInvitation);
    }

    @Test
    @Order(5)
    void the_owner_chooses_the_password_through_the_emailed_link_and_signs_in_as_the_practices_admin(CapturedOutput console) {
        InvitationAcceptance acceptance = instance.node().getBean(InvitationAcceptance.class);
        assertThatThrownBy(() -> acceptance.preview(firstInvitation).block(LIMIT))
                .as("the expired link was replaced").isInstanceOf(InvitationUnusableException.class);
        String link = mailbox().invitationToken(EMAIL);

        SignedInAccount owner = acceptance.acceptAsNewPerson(link, PASSWORD).block(LIMIT);

        assertThat(owner.email()).isEqualTo(EMAIL);
        assertThat(text("select t.status || '|' || (a.password_hash like '$argon2id$%') from teammate t join account a on a.id = t.account_id"))
                .isEqualTo("ACTIVE|true");
        assertThat(instance.node().getBean(AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, PASSWORD)).isAuthenticated()).isTrue();
        List<String> roles = instance.node().getBean(WorkspaceService.class).membershipsOf(owner)
                .map(membership -> membership.workspaceName() + ":" + membership.roleName()).collectList().block(LIMIT);
        assertThat(roles).containsExactly("Test Practice:Admin");
        int before = console.getOut().length();
        instance.node().getBean(FirstRunStartup.class).onStart();
        assertThat(console.getOut().substring(before)).doesNotContain("fresh invitation");
        assertThat(mailbox().countTo(EMAIL)).isEqualTo(2);
    }

    private static Mailbox mailbox() {
        return instance.node().getBean(Mailbox.class);
    }

    private static DatabaseClient db() {
        return instance.node().getBean(DatabaseClient.class);
    }

    private static String text(String sql) {
        return db().sql(sql).map(row -> String.valueOf(row.get(0))).one().block(LIMIT);
    }
}
