package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule set of provider settings, as the wizard, My profile, the CSV import and the services apply it. */
class ProviderRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 15, 30, 55, 60})
    void a_scheduling_step_of_5_to_60_minutes_in_steps_of_5_is_fine(int minutes) {
        assertThat(ProviderRules.stepProblem(minutes)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 7, 12, 61, 65, -5})
    void any_other_scheduling_step_is_refused_with_the_rule(int minutes) {
        assertThat(ProviderRules.stepProblem(minutes)).isEqualTo("Between 5 and 60 minutes, in steps of 5.");
    }

    @ParameterizedTest
    @NullSource
    void a_missing_step_or_capacity_is_refused_not_guessed(Integer missing) {
        assertThat(ProviderRules.stepProblem(missing)).isEqualTo(ProviderRules.stepRule());
        assertThat(ProviderRules.capacityProblem(missing)).isEqualTo(ProviderRules.capacityRule());
    }

    @ParameterizedTest
    @CsvSource({"0, false", "1, true", "20, true", "21, false"})
    void capacity_is_1_to_20(int capacity, boolean fine) {
        assertThat(ProviderRules.capacityProblem(capacity) == null).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"#0F766E, true", "#7c3aed, true", "' #7C3AED ', true", "teal, false", "#12345, false", "#1234567, false",
            "0F766E, false"})
    void a_colour_is_a_six_digit_hex_value(String colour, boolean fine) {
        assertThat(ProviderRules.colourProblem(colour) == null).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"'', true", "1234567893, true", "1234567890, false", "12345, false", "abcdefghij, false"})
    void an_npi_is_empty_or_ten_digits_with_its_check_digit(String npi, boolean fine) {
        assertThat(ProviderRules.npiProblem(npi) == null).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"'', true", "363LF0000X, true", "363lf0000x, true", "363LF0000, false", "ABCDEFGHIJ, false"})
    void a_taxonomy_code_is_empty_or_a_nucc_code(String code, boolean fine) {
        assertThat(ProviderRules.taxonomyProblem(code) == null).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"0, true", "100000, true", "100001, false", "-1, false"})
    void a_procedures_goal_is_0_to_100000(int goal, boolean fine) {
        assertThat(ProviderRules.proceduresGoalProblem(goal) == null).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"0, true", "9999999999.99, true", "10000000000, false", "1.005, false", "-0.01, false"})
    void a_sales_goal_is_an_amount_with_at_most_two_decimals(String goal, boolean fine) {
        assertThat(ProviderRules.salesGoalProblem(new BigDecimal(goal)) == null).isEqualTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"1000, true", "1001, false", "5000, false"})
    void a_bio_longer_than_its_limit_is_refused_with_the_limit_and_its_length(int length, boolean fine) {
        String problem = ProviderRules.bioProblem("b".repeat(length));
        assertThat(problem == null).isEqualTo(fine);
        if (!fine) {
            assertThat(problem).isEqualTo("At most 1,000 characters (" + String.format("%,d", length) + " now).");
        }
    }

    @ParameterizedTest
    @CsvSource({"120, true", "121, false"})
    void display_name_and_title_hold_at_most_120_characters(int length, boolean fine) {
        assertThat(ProviderRules.displayNameProblem("n".repeat(length)) == null).isEqualTo(fine);
        assertThat(ProviderRules.displayTitleProblem("t".repeat(length)) == null).isEqualTo(fine);
    }

    @Test
    void a_bio_keeps_its_line_breaks_but_not_control_characters() {
        assertThat(ProviderRules.bioProblem("Line one\nLine two")).isNull();
        assertThat(ProviderRules.bioProblem("Bell\u0007")).contains("U+0007");
    }

    @Test
    void md_consent_needs_a_supervisor() {
        assertThat(ProviderRules.supervisorProblem(true, null)).isEqualTo(ProviderRules.supervisorRule());
        assertThat(ProviderRules.supervisorProblem(true, "someone")).isNull();
        assertThat(ProviderRules.supervisorProblem(false, null)).isNull();
    }

    @Test
    void the_whole_settings_list_every_problem_in_field_order() {
        assertThat(ProviderRules.problems(new ProviderRules.Settings(true, null, "teal", 25, 7, "1234567890", "",
                null, 100_001, null, "", "", "")))
                .containsExactly(ProviderRules.supervisorRule(), ProviderRules.colourRule(), ProviderRules.capacityRule(),
                        ProviderRules.stepRule(), ProviderRules.npiRule(), Goals.countRule());
    }
}
