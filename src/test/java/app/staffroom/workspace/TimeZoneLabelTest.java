package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each time zone is listed by its IANA name, which is stored, with its name in the reader's language beside it. */
class TimeZoneLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            America/Los_Angeles | en | America/Los_Angeles (Pacific Time)
            America/Los_Angeles | fr | America/Los_Angeles (heure du Pacifique nord-américain)
            Australia/Sydney    | es | Australia/Sydney (hora de Australia oriental)
            Europe/Paris        | fr | Europe/Paris (heure d’Europe centrale)
            """)
    void the_label_names_the_zone_in_the_readers_language(String zone, String language, String label) {
        assertThat(PracticeRules.timeZoneLabel(zone, Locale.of(language))).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"en", "fr", "es"})
    void every_listed_zone_has_a_label_that_starts_with_its_iana_name(String language) {
        assertThat(PracticeRules.timeZones()).allSatisfy(zone ->
                assertThat(PracticeRules.timeZoneLabel(zone, Locale.of(language))).startsWith(zone));
    }
}
