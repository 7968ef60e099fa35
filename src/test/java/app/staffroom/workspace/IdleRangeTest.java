package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.Messages;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The idle sign-out's range names its upper end in the largest whole unit, in the rule and in the help alike. */
class IdleRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            720  | From 5 minutes to 12 hours, in whole minutes.
            60   | From 5 minutes to 1 hour, in whole minutes.
            90   | From 5 minutes to 90 minutes, in whole minutes.
            1440 | From 5 minutes to 12 hours, in whole minutes.
            """)
    void the_rule_names_the_upper_end_in_its_largest_whole_unit(long instanceMaximumMinutes, String expected) {
        String problem = Messages.in(Locale.ENGLISH,
                () -> PracticeRules.idleSignOutProblem(Duration.ofMinutes(1), Duration.ofMinutes(instanceMaximumMinutes)));
        assertThat(problem).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | 720 | Une session inutilisée pendant cette durée est déconnectée : de 5 minutes à 12 heures.
            es | 90  | Una sesión que no se usa durante este tiempo se cierra: de 5 minutos a 90 minutos.
            en | 60  | A session unused this long is signed out: from 5 minutes to 1 hour.
            """)
    void the_help_uses_the_same_units_in_the_readers_language(String language, long minutes, String expected) {
        assertThat(Messages.in(Locale.of(language),
                () -> PracticeRules.inLargestWholeUnit("workspace.settings.idleSignOutHelp", Duration.ofMinutes(minutes))))
                .isEqualTo(expected);
    }
}
