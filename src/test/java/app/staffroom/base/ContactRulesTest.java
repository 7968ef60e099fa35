package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule set of contact details and of location access and reasons, without Spring. */
class ContactRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nina| ",
            "''|Enter the first name.",
            "'   '|Enter the first name.",
            "\u200B|Enter the first name with visible characters: this one holds only invisible ones."})
    void a_first_name_is_there_visible_and_clean(String name, String problem) {
        assertThat(ContactRules.firstNameProblem(name)).isEqualTo(problem);
    }

    @Test
    void a_name_with_a_control_character_is_refused_with_the_character() {
        assertThat(ContactRules.firstNameProblem("Pat\u0000")).isEqualTo("Remove the control character (U+0000): it cannot be stored.");
    }

    @ParameterizedTest
    @CsvSource({"80, true", "81, false"})
    void a_name_holds_at_most_80_characters_and_a_longer_one_is_refused_not_cut(int length, boolean fine) {
        String problem = ContactRules.lastNameProblem("n".repeat(length));
        assertThat(problem == null).isEqualTo(fine);
        if (!fine) {
            assertThat(problem).isEqualTo("At most 80 characters (81 now).");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-0123", "+44 20 7946 0958", "", "  "})
    void a_phone_is_empty_or_a_number_of_the_region_or_with_a_country_code(String phone) {
        assertThat(ContactRules.phoneProblem(phone, "US")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "call me", "+1 555"})
    void anything_else_is_refused_naming_what_was_typed(String phone) {
        assertThat(ContactRules.phoneProblem(phone, "US")).isEqualTo("'" + phone + "' is not a valid phone number in United States; a number from another"
                + " country starts with + and its country code.");
    }

    @Test
    void at_most_four_phones() {
        assertThat(ContactRules.phonesProblems(List.of("+14155550101", "+14155550102", "+14155550103", "+14155550104",
                "+14155550105"), "US")).containsExactly(ContactRules.tooManyPhones());
        assertThat(ContactRules.phonesProblems(List.of("+14155550101", "", "", "+14155550104"), "US")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 0132 ext. 77", "+1 415 555 0132 #77", "+1 415 555 0132, 77", "+1 415 555 0132;77",
            "(415) 555-0132 x77"})
    void an_extension_however_spelt_is_read_as_one_and_shown_back_as_one(String typed) {
        assertThat(ContactRules.phoneProblem(typed, "US")).isNull();
        assertThat(PhoneNumbers.toE164(typed, "US")).contains("+14155550132;ext=77");
        assertThat(PhoneNumbers.allForDisplay(List.of(typed), "US")).containsExactly("+1 415-555-0132 ext. 77");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 0132 ext. 77", "+1 415 555 0132 #77", "+1 415 555 0132, 77", "+1 415 555 0132;77",
            "415-555-0132 extension 77"})
    void a_phone_that_is_the_same_number_as_an_earlier_one_is_refused_on_its_field_naming_the_earlier(String typed) {
        List<String> phones = List.of("+1 415 555 0100", "+1 415 555 0132 ext. 77", "", typed);

        assertThat(ContactRules.phoneProblem(phones, 3, "US")).isEqualTo("Same number as Phone 2.");
        assertThat(ContactRules.phoneProblem(phones, 1, "US")).as("the first of the two is fine").isNull();
        assertThat(ContactRules.phonesProblems(phones, "US")).containsExactly("'" + typed.strip()
                + "' is the same number as '+1 415 555 0132 ext. 77': give each number once.");
    }

    @Test
    void another_extension_or_none_is_another_number() {
        List<String> phones = List.of("+1 415 555 0132 ext. 77", "+1 415 555 0132", "+1 415 555 0132 ext. 78");

        assertThat(ContactRules.phoneProblem(phones, 1, "US")).isNull();
        assertThat(ContactRules.phoneProblem(phones, 2, "US")).isNull();
        assertThat(ContactRules.phonesProblems(phones, "US")).isEmpty();
    }

    @Test
    void location_access_needs_one_location_and_the_default_among_them() {
        assertThat(LocationRules.problem(java.util.Set.of(), null)).isEqualTo(LocationRules.none());
        java.util.UUID main = java.util.UUID.randomUUID();
        java.util.UUID other = java.util.UUID.randomUUID();
        assertThat(LocationRules.problem(java.util.Set.of(main), other)).isEqualTo(LocationRules.defaultOutside());
        assertThat(LocationRules.problem(java.util.Set.of(main), null)).isEqualTo(LocationRules.defaultOutside());
        assertThat(LocationRules.problem(java.util.Set.of(main, other), other)).isNull();
        assertThat(LocationRules.grantProblem(java.util.Set.of(other), java.util.Set.of(main))).isEqualTo(LocationRules.notGrantable());
    }

    @ParameterizedTest
    @CsvSource({"0, true", "480, true", "481, false", "500, false"})
    void a_reason_holds_at_most_480_characters_everywhere(int length, boolean fine) {
        String problem = Reasons.problem("r".repeat(length));
        assertThat(problem == null).isEqualTo(fine);
        if (!fine) {
            assertThat(problem).startsWith("At most 480 characters");
        }
        assertThat(Reasons.MAX + Reasons.PREFIX_MAX).as("the stored text, prefix included, fits the column").isEqualTo(500);
        assertThat(("Invitation revoked: ").length()).isLessThanOrEqualTo(Reasons.PREFIX_MAX);
    }
}
