package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French elides "de" and "que" before a value that starts with a vowel, and only then. */
class FrenchElisionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Le rôle temporaire de {0} a pris fin. | Ella Donovan   | Le rôle temporaire d’{0} a pris fin.
            Le rôle temporaire de {0} a pris fin. | Grace Turner   | Le rôle temporaire de {0} a pris fin.
            Le rôle temporaire de {0} a pris fin. | Hannah Kim     | Le rôle temporaire de {0} a pris fin.
            De {0} à tous                         | Émile Roux     | D’{0} à tous
            C’est à {1} de revoir l’accès de {0}. | Olivia Bennett | C’est à {1} de revoir l’accès d’{0}.
            Plus long que {0}                     | un mot         | Plus long qu’{0}
            Monde {0}                             | Ava            | Monde {0}
            """)
    void elides_only_before_a_value_that_starts_with_a_vowel(String pattern, String value, String expected) {
        assertThat(FrenchElision.elide(pattern, new Object[] {value, "Ava Thompson"})).isEqualTo(expected);
    }

    @Test
    void a_number_or_a_missing_value_leaves_the_pattern_as_written() {
        assertThat(FrenchElision.elide("au-delà de {0} jours, de {2}", new Object[] {8, "x"}))
                .isEqualTo("au-delà de {0} jours, de {2}");
    }

    @Test
    void french_texts_are_elided_and_english_ones_are_not() {
        assertThat(Messages.bundled().text(Locale.FRENCH, "elevation.endedEarly", "Ella Donovan"))
                .isEqualTo("Le rôle temporaire d’Ella Donovan a pris fin ; le rôle précédent est rétabli.");
        assertThat(Messages.bundled().text(Locale.FRENCH, "elevation.endedEarly", "Marcus Reid"))
                .isEqualTo("Le rôle temporaire de Marcus Reid a pris fin ; le rôle précédent est rétabli.");
        assertThat(Messages.bundled().text(Locale.ENGLISH, "elevation.endedEarly", "Ella Donovan")).contains("Ella Donovan");
    }
}
