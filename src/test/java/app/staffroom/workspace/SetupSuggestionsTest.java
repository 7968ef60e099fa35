package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetupSuggestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Test Practice                | test-practice
            Café Sol & Co                | cafe-sol-co
            '  Straße 12 -- Physio  '    | strasse-12-physio
            Ørsted Klinik                | orsted-klinik
            診療所                        | ''
            """)
    void the_booking_page_address_offered_for_a_name(String name, String slug) {
        assertThat(SetupSuggestions.slug(name)).isEqualTo(slug);
        if (!slug.isEmpty()) {
            assertThat(PracticeRules.slugProblem(slug)).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"aaaaaaaaaa ", "Harbour Aesthetics and Physiotherapy of the Northern Beaches Sydney ", "x"})
    void a_long_name_gives_an_address_within_the_limit_cut_between_words_when_it_can(String word) {
        String slug = SetupSuggestions.slug(word.repeat(12));

        assertThat(slug.length()).isBetween(1, PracticeRules.SLUG_MAX);
        assertThat(PracticeRules.slugProblem(slug)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Australia/Sydney    | AU
            Europe/Helsinki     | FI
            America/Los_Angeles | US
            Asia/Calcutta       | IN
            UTC                 | ''
            Mars/Olympus        | ''
            ''                  | ''
            """)
    void the_country_of_the_browsers_time_zone(String zone, String country) {
        assertThat(SetupSuggestions.country(zone).map(PracticeRules.Country::code).orElse("")).isEqualTo(country);
    }
}
