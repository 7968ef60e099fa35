package app.staffroom.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reminder a credential is due on a day of the practice, and how its standing reads. */
class StandingTest {

    @ParameterizedTest(name = "{0} days left: {1}, \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            91  | VALID  | Valid
            90  | DUE_90 | Expires in 90 days
            31  | DUE_90 | Expires in 31 days
            30  | DUE_30 | Expires in 30 days
            8   | DUE_30 | Expires in 8 days
            7   | DUE_7  | Expires in 7 days
            1   | DUE_7  | Expires tomorrow
            0   | DUE_7  | Expires today
            -1  | LAPSED | Lapsed yesterday
            -40 | LAPSED | Lapsed 40 days ago
            """)
    void the_most_urgent_notice_due_follows_the_days_left(long daysLeft, Standing standing, String words) {
        assertThat(Standing.of(daysLeft)).isEqualTo(standing);
        assertThat(Standing.describe(daysLeft, java.util.Locale.ENGLISH)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-31, 2026-03-01, 30", "2026-03-01, 2026-03-01, 0", "2026-02-28, 2026-03-01, -1"})
    void days_left_count_calendar_days_of_the_practice(LocalDate expires, LocalDate today, long daysLeft) {
        assertThat(Standing.daysLeft(expires, today)).isEqualTo(daysLeft);
    }

    @org.junit.jupiter.api.Test
    void a_credential_without_expiry_date_stays_valid() {
        assertThat(Standing.of(Standing.daysLeft(null, LocalDate.of(2026, 1, 1)))).isEqualTo(Standing.VALID);
        assertThat(Standing.describe(null, java.util.Locale.ENGLISH)).isEqualTo("Does not expire");
    }
}
