package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.workspace.PracticeRules.Country;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void a_country_is_named_in_the_readers_language_and_listed_in_its_alphabetical_order() {
        Country germany = PracticeRules.country("DE").orElseThrow();
        assertThat(germany.name()).as("what is recorded").isEqualTo("Germany");
        assertThat(germany.name(Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(germany.name(Locale.FRENCH)).isEqualTo("Allemagne");

        List<String> french = PracticeRules.countries(Locale.FRENCH).stream().map(country -> country.name(Locale.FRENCH)).toList();
        assertThat(french).hasSameSizeAs(PracticeRules.countries());
        assertThat(french.indexOf("Égypte")).as("É sorts as E").isBetween(french.indexOf("Danemark"), french.indexOf("Espagne"));
        assertThat(french.getFirst()).isEqualTo("Afghanistan");
    }
}
