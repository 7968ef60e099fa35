package app.staffroom.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.profile.ProfileRules;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My profile's email field: marked only for what the person typed or asked for, and spoken to them. */
class MyProfileEmailFieldTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    private UUID me;

    @BeforeEach
    void signInToMyProfile() {
        Clinic clinic = fixtures.newClinic();
        me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(me));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("First name")).stream()
                .anyMatch(field -> !field.getValue().isEmpty()));
    }

    @Test
    void the_current_address_shows_unmarked_and_is_refused_only_when_a_change_to_it_is_asked_for() {
        assertThat(email().getValue()).isEqualTo(fixtures.email(me));
        assertThat(emailField().isInvalid()).as("nobody has typed anything yet").isFalse();

        _click(button("Send confirmation link"));
        assertThat(emailField().isInvalid()).isTrue();
        assertThat(emailField().getErrorMessage()).isEqualTo(ProfileRules.sameEmail());

        String newEmail = Mailbox.uniqueEmail();
        _setValue(email(), newEmail);
        assertThat(emailField().isInvalid()).as("another address is fine").isFalse();
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your current password")), Demo.PASSWORD);
        _click(button("Send confirmation link"));
        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(paragraph -> paragraph.getText().startsWith(
                "Waiting for confirmation from " + newEmail + " (the link works until ")
                && paragraph.getText().endsWith("). Until then " + fixtures.email(me) + " stays in use.")));
        assertThat(email().getValue()).isEqualTo(fixtures.email(me));
        assertThat(emailField().isInvalid()).as("the address shown again after the request was not typed").isFalse();
    }

    @Test
    void an_address_with_letters_other_than_a_to_z_before_the_at_is_refused_with_words_for_its_owner() {
        _setValue(email(), "jörg@clinic.com");
        _click(button("Send confirmation link"));

        assertThat(emailField().isInvalid()).isTrue();
        assertThat(emailField().getErrorMessage()).isEqualTo(ProfileRules.ownNonAsciiMailbox())
                .contains("Use another address").doesNotContain("Ask the person");
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, String> email() {
        return (HasValue<?, String>) _get(Component.class, spec -> spec.withLabel("Email"));
    }

    private static HasValidation emailField() {
        return (HasValidation) email();
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
