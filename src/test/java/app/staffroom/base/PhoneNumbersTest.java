package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "\"{0}\" in {1} is stored as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            +1 415 555 0132 ext. 77   | US | +14155550132;ext=77
            (415) 555-0199 x12        | US | +14155550199;ext=12
            415-555-0199 extension 5  | US | +14155550199;ext=5
            +14155550132;ext=77       | GB | +14155550132;ext=77
            tel:+1-415-555-0132;ext=9 | US | +14155550132;ext=9
            (415) 555-0123            | US | +14155550123
            020 7946 0018             | GB | +442079460018
            020 7946 0018 ext 304     | GB | +442079460018;ext=304
            """)
    void valid_numbers_are_stored_as_e164_with_their_extension(String typed, String region, String stored) {
        assertThat(PhoneNumbers.toE164(typed, region)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "not a phone", "", "+1 415 555 01"})
    void anything_else_is_not_a_phone_number(String typed) {
        assertThat(PhoneNumbers.toE164(typed, "US")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +14155550132;ext=77   | +1 415-555-0132 ext. 77
            +14155550123          | +1 415-555-0123
            +442079460018;ext=304 | +44 20 7946 0018 x304
            """)
    void stored_numbers_are_shown_with_their_extension(String stored, String shown) {
        assertThat(PhoneNumbers.display(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 0132 ext. 77", "(415) 555-0199 x12", "+44 20 7946 0018"})
    void what_is_shown_reads_back_as_the_same_stored_number(String typed) {
        String stored = PhoneNumbers.toE164(typed, "US").orElseThrow();

        assertThat(PhoneNumbers.toE164(PhoneNumbers.display(stored), "US")).contains(stored);
    }

    @Test
    void blanks_and_invalid_numbers_are_left_out_of_a_list() {
        assertThat(PhoneNumbers.allToE164(List.of("", "(415) 555-0199 x12", "12", " "), "US"))
                .containsExactly("+14155550199;ext=12");
        assertThat(PhoneNumbers.allForDisplay(List.of("(415) 555-0199 x12"), "US")).containsExactly("+1 415-555-0199 ext. 12");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +442079460018,+447911123456          | +447911123456
            +447700900123;ext=5,+61491570156     | +61491570156
            +14155550132                         | +14155550132
            +442079460018                        | none
            +61291234567,+442079460018           | none
            """)
    void the_first_number_that_takes_text_messages_is_a_mobile_without_extension(String stored, String mobile) {
        assertThat(PhoneNumbers.firstMobile(List.of(stored.split(",")))).isEqualTo(
                mobile.equals("none") ? java.util.Optional.empty() : java.util.Optional.of(mobile));
    }

    @Test
    void a_number_is_named_by_its_last_three_digits() {
        assertThat(PhoneNumbers.ending("+447700900123")).isEqualTo("123");
        assertThat(PhoneNumbers.ending("+14155550132;ext=77")).isEqualTo("132");
    }
}
