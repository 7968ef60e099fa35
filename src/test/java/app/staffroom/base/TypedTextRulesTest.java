package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zoë", "李", "O'Neil", "Ann-Marie", "x\u200B", "\u00A0A"})
    void names_with_a_character_that_shows_have_one(String name) {
        assertThat(TypedText.isInvisible(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0\u2003", "\u200B\u200C\u200D", "\u2060\uFEFF", "\u3164", "\u115F\u1160",
            "\u2800", "\u0301\u0308", "\uFE0F", "\u202E"})
    void blanks_and_invisible_characters_alone_do_not_show(String name) {
        assertThat(TypedText.isInvisible(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "a\rb", "a\u001Bb", "a\u007Fb", "a\u0085b"})
    void control_characters_are_refused(String value) {
        assertThat(TypedText.problem(value)).containsPattern("U\\+00[0-9A-F]{2}|line break");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    void bidirectional_embeddings_overrides_and_isolates_are_refused(String control) {
        assertThat(TypedText.problem("abc" + control + "def")).startsWith("Remove the hidden text-direction character (U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Front\u200BDesk", "Front\u2060Desk", "Front\uFEFFDesk", "Front\u00ADDesk", "Desk\u200B"})
    void a_hidden_character_inside_a_one_line_text_is_refused_with_its_code(String value) {
        assertThat(TypedText.problem(value)).startsWith("Remove the invisible character (U+");
        assertThat(TypedText.requiredProblem(value, "the role's name")).startsWith("Remove the invisible character (U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC69\u200D\u2695\uFE0F Nurse", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"})
    void joiners_that_scripts_and_emoji_need_pass(String value) {
        assertThat(TypedText.problem(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Ångström", "Nguyễn Văn An", "O'Neil-Smith", "\u05D3\u05D5\u05D3"})
    void ordinary_text_in_any_script_passes(String value) {
        assertThat(TypedText.problem(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zo\uFFFD"})
    void undecodable_bytes_are_refused(String value) {
        assertThat(TypedText.problem(value)).startsWith("Part of this could not be read as text");
    }
}
