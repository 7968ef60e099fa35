package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.NewTeammate;
import app.staffroom.invite.NewTeammateValidation;
import app.staffroom.invite.WizardStep;
import app.staffroom.profile.ProfileRules;
import app.staffroom.security.PasswordPolicy;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A control character in a typed name or new password is plain wrong input, said at its field. */
class ControlCharactersTest {

    @Test
    void nul_escape_and_line_breaks_are_control_characters_and_ordinary_text_is_not() {
        assertThat(TypedText.hasControlCharacter("a\u0000b")).isTrue();
        assertThat(TypedText.hasControlCharacter("\u001b[31m")).isTrue();
        assertThat(TypedText.hasControlCharacter("line\nbreak")).isTrue();
        assertThat(TypedText.hasControlCharacter("Zoë O'Brien-Łukasz 北京")).isFalse();
    }

    @Test
    void names_and_new_passwords_holding_them_are_refused_with_a_reason() {
        assertThat(new PasswordPolicy().problems("violet-harbour\u0000lantern-42", List.of()))
                .containsExactly("A password cannot hold control characters such as line breaks.");
        assertThat(ProfileRules.identityProblems("Pat\u0000", "Person", List.of(), "US"))
                .containsEntry("firstName", "Remove the control character (U+0000): it cannot be stored.");
        UUID location = UUID.randomUUID();
        NewTeammate draft = new NewTeammate(UUID.randomUUID(), Set.of(location), location, "Nina", "No\u0000vak",
                "nina@clinic.example", List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
        assertThat(NewTeammateValidation.problems(WizardStep.CONTACT, draft, "US"))
                .containsEntry("lastName", "Remove the control character (U+0000): it cannot be stored.");
    }
}
