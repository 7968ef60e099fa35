package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ol\u0000ivia", "tab\there", "bell\u0007", "line\nbreak", "\u202Eevil", "a\u2066b", "x\u202Ay",
            "Li\u2028ne", "Pa\u2029ra", "no\uFFFF", "no\uFDD0", "lone\uD800surrogate"})
    void a_one_line_text_refuses_control_characters_and_direction_overrides(String typed) {
        assertThat(TypedText.problem(typed)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Olivia", "Zoë O'Brien-Łukasz", "José María", "山田 太郎", "مريم", "name@clinic.example"})
    void ordinary_text_in_any_script_is_fine(String typed) {
        assertThat(TypedText.problem(typed)).isNull();
        assertThat(TypedText.requiredProblem(typed, "the name")).isNull();
    }

    @Test
    void a_multi_line_text_keeps_its_line_breaks_but_not_other_controls() {
        assertThat(TypedText.multiLineProblem("First line\r\nSecond line\n")).isNull();
        assertThat(TypedText.multiLineProblem("First\u0000")).contains("U+0000");
        assertThat(TypedText.multiLineProblem("Right\u202Eto left")).contains("U+202E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u3164", "\u2800", "\u00A0\u2060"})
    void a_name_needs_at_least_one_visible_character(String typed) {
        assertThat(TypedText.requiredProblem(typed, "the first name")).startsWith("Enter the first name");
    }

    @Test
    void names_people_would_take_for_each_other_have_one_skeleton() {
        assertThat(TypedText.skeleton("Ad\u034Fmin")).isEqualTo(TypedText.skeleton(" ADMIN "));
        assertThat(TypedText.skeleton("Front  Desk")).isEqualTo(TypedText.skeleton("front desk"));
        assertThat(TypedText.skeleton("\uFF21dmin")).isEqualTo("admin");
        assertThat(TypedText.skeleton("Front Desk")).isNotEqualTo(TypedText.skeleton("Front Desks"));
    }

    @Test
    void goals_fit_their_columns() {
        assertThat(Goals.isSalesAmount(new BigDecimal("999999999999999"))).isFalse();
        assertThat(Goals.isSalesAmount(new BigDecimal("9999999999.99"))).isTrue();
        assertThat(Goals.isSalesAmount(new BigDecimal("10.005"))).isFalse();
        assertThat(Goals.isSalesAmount(new BigDecimal("-1"))).isFalse();
        assertThat(Goals.isSalesAmount(null)).isTrue();
        assertThat(Goals.isCount(100_001)).isFalse();
        assertThat(Goals.isCount(-1)).isFalse();
        assertThat(Goals.isCount(100_000)).isTrue();
    }
}
