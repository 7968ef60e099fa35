package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.PasswordPolicy;
import java.util.List;
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
        assertThat(ContactRules.firstNameProblem("Pat\u0000"))
                .isEqualTo("Remove the control character (U+0000): it cannot be stored.");
        assertThat(ContactRules.lastNameProblem("No\u0000vak"))
                .isEqualTo("Remove the control character (U+0000): it cannot be stored.");
        assertThat(ContactRules.problems("Nina", "No\u0000vak", List.of(), "US"))
                .containsExactly("Remove the control character (U+0000): it cannot be stored.");
    }
}
