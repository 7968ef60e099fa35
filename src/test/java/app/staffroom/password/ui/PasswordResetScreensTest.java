package app.staffroom.password.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.password.PasswordResetService;
import app.staffroom.security.Accounts;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.ui.LoginView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** "Forgot password?" and the page a reset link leads to, as a person uses them. */
class PasswordResetScreensTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Accounts accounts;

    @Autowired
    DatabaseClient db;

    @Autowired
    PasswordResetService resets;

    UUID person;
    UUID admin;

    @BeforeEach
    void person() {
        Clinic clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void forgot_password_on_the_sign_in_page_leads_to_the_request_form() {
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();

        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(_get(H1.class).getText()).isEqualTo("Forgot your password?");
    }

    @Test
    void the_answer_is_the_same_whether_or_not_an_account_has_the_email() {
        String withAccount = answerFor(fixtures.email(person));
        String withoutAccount = answerFor(Mailbox.uniqueEmail());

        assertThat(withAccount.replace(fixtures.email(person), "EMAIL"))
                .isEqualTo(withoutAccount.replaceAll("new-[0-9a-f]{8}@clinic\\.example", "EMAIL"))
                .startsWith("If an account exists for EMAIL, we sent it a link");
    }

    @Test
    void a_malformed_email_is_refused_on_its_field() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Email")), "not an email");
        _click(_get(Button.class, spec -> spec.withText("Email me a link")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Email")).isInvalid()).isTrue();
        assertThat(answers()).isEmpty();
    }

    @Test
    void the_link_shows_a_button_first_and_the_new_password_then_leads_to_signing_in() {
        String token = linkFor(person);
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", token)));

        assertThat(_find(PasswordField.class)).as("nothing before the button is pressed").isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        awaitUi(() -> !_find(PasswordField.class).isEmpty());
        assertThat(usedAt(token)).as("opening the form uses nothing").isFalse();

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Repeat the password"));
        _setValue(password, "short");
        _setValue(repeat, "short");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12");

        _setValue(password, "violet-harbour-lantern-42");
        _setValue(repeat, "violet-harbour-lantern-43");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(usedAt(token)).isFalse();

        _setValue(repeat, "violet-harbour-lantern-42");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));

        awaitUi(() -> UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof LoginView);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Your new password is set. Sign in with it."))).hasSize(1);
        assertThat(context.getBean(CurrentActor.class).account()).as("a reset signs nobody in").isEmpty();
        assertThat(accounts.passwordMatches(fixtures.actor(person).accountId(), "violet-harbour-lantern-42").block(LIMIT)).isTrue();
        assertThat(usedAt(token)).isTrue();
    }

    @Test
    void a_used_link_says_so_and_offers_a_new_one() {
        String token = linkFor(person);
        resets.setNewPassword(token, "violet-harbour-lantern-42").block(LIMIT);
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", token)));

        _click(_get(Button.class, spec -> spec.withText("Continue")));

        awaitUi(() -> _get(H1.class).getText().equals("This link cannot be used"));
        assertThat(_find(Paragraph.class, spec -> spec.withText("This link was already used. Sign in with your new "
                + "password, or ask for a new link with \"Forgot password?\"."))).hasSize(1);
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private String answerFor(String email) {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Email")), email);
        _click(_get(Button.class, spec -> spec.withText("Email me a link")));
        awaitUi(() -> !answers().isEmpty());
        return answers().getFirst();
    }

    /** The answers shown to a request for a link. */
    private static java.util.List<String> answers() {
        return _find(Paragraph.class).stream().filter(Paragraph::isVisible).map(Paragraph::getText)
                .filter(text -> text.startsWith("If an account") || text.startsWith("Too many")).toList();
    }

    private String linkFor(UUID teammate) {
        resets.sendLink(fixtures.actor(admin), teammate).block(LIMIT);
        return mailbox.resetToken(fixtures.email(teammate));
    }

    private boolean usedAt(String token) {
        return Boolean.TRUE.equals(db.sql("select used_at is not null from password_reset where token_sha256 = sha256(convert_to(:t, 'UTF8'))")
                .bind("t", token).map(row -> row.get(0, Boolean.class)).one().block(LIMIT));
    }
}
