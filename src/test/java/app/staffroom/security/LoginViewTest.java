package app.staffroom.security;

import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_form_posts_email_and_password_to_spring_security() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("\"username\":\"Email\"");
    }

    @Test
    void a_refused_sign_in_shows_one_message_that_does_not_say_whether_the_email_exists() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Incorrect email or password")
                .doesNotContainIgnoringCase("not found").doesNotContainIgnoringCase("no account");
    }

    /** The texts as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void after_removed_access_or_a_password_changed_elsewhere_the_page_says_why_the_person_was_signed_out() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("removed", "")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Your access to that practice was removed, so you were signed out."))).hasSize(1);

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("password-changed", "")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Your password was changed, so you were signed out. Sign in with the new password."))).hasSize(1);

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("removed", "")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Your access to that practice was removed, so you were signed out."))).hasSize(1);
    }
}
