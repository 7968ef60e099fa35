package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AccessPeriodRulesTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z"); // 11:00 on 1 Feb in Sydney

    @Test
    void access_runs_from_the_first_moment_of_the_first_day_to_the_end_of_the_last_day_in_the_practices_zone() {
        AccessPeriod period = new AccessPeriod(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 3, 12), null);
        assertThat(period.start(SYDNEY)).isEqualTo(Instant.parse("2027-02-02T13:00:00Z"));
        assertThat(period.end(SYDNEY)).isEqualTo(Instant.parse("2027-03-12T13:00:00Z"));
        assertThat(period.isValidAt(Instant.parse("2027-02-02T12:59:59Z"), SYDNEY)).isFalse();
        assertThat(period.isValidAt(Instant.parse("2027-02-02T13:00:00Z"), SYDNEY)).isTrue();
        assertThat(period.isValidAt(Instant.parse("2027-03-12T13:00:00Z"), SYDNEY)).isFalse();
        assertThat(new AccessPeriod(null, LocalDate.of(2027, 3, 12), LocalTime.of(17, 30)).end(SYDNEY))
                .isEqualTo(Instant.parse("2027-03-12T06:30:00Z"));
    }

    @Test
    void a_list_says_when_access_starts_or_ends_in_the_practices_days() {
        assertThat(new AccessPeriod(LocalDate.of(2027, 2, 3), null, null).describe(NOW, SYDNEY)).isEqualTo("starts 3 Feb 2027");
        assertThat(new AccessPeriod(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 3, 12), LocalTime.of(17, 30)).describe(NOW, SYDNEY))
                .isEqualTo("ends 12 Mar 2027, 17:30 AEDT");
        assertThat(new AccessPeriod(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 3, 12), null).describe(NOW, SYDNEY))
                .isEqualTo("starts 3 Feb 2027 · ends 12 Mar 2027");
        assertThat(new AccessPeriod(null, LocalDate.of(2027, 1, 12), null).describe(NOW, SYDNEY)).isEqualTo("ended 12 Jan 2027");
        assertThat(AccessPeriod.OPEN.describe(NOW, SYDNEY)).isEqualTo("—");
    }

    @Test
    void emails_say_the_end_as_the_last_day_or_the_day_and_time_with_the_zone_never_the_next_days_midnight() {
        assertThat(new AccessPeriod(null, LocalDate.of(2026, 12, 1), null).endWords(SYDNEY)).isEqualTo("at the end of 1 Dec 2026");
        assertThat(new AccessPeriod(null, LocalDate.of(2026, 12, 1), LocalTime.of(17, 30)).endWords(ZoneId.of("America/Los_Angeles")))
                .isEqualTo("on 1 Dec 2026 at 17:30 PST");
        assertThat(new AccessPeriod(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 3, 12), LocalTime.of(9, 0)).endText())
                .isEqualTo("12 Mar 2027, 09:00");
        assertThat(new AccessPeriod(LocalDate.of(2027, 2, 3), null, null).startText()).isEqualTo("3 Feb 2027");
    }

    @Test
    void an_end_before_the_start_a_time_without_a_day_and_a_new_end_already_past_are_refused_on_their_field() {
        AccessPeriod open = AccessPeriod.OPEN;
        assertThat(AccessPeriodRules.endProblem(new AccessPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 28), null), open,
                NOW, SYDNEY)).isEqualTo(AccessPeriodRules.endBeforeStart());
        assertThat(AccessPeriodRules.timeProblem(new AccessPeriod(null, null, LocalTime.NOON))).isEqualTo(AccessPeriodRules.timeWithoutDay());
        AccessPeriod endedThisMorning = new AccessPeriod(null, LocalDate.of(2027, 2, 1), LocalTime.of(10, 0));
        assertThat(AccessPeriodRules.endProblem(endedThisMorning, open, NOW, SYDNEY)).isEqualTo(AccessPeriodRules.endPassed());
        assertThat(AccessPeriodRules.endProblem(endedThisMorning, endedThisMorning, NOW, SYDNEY)).as("left as it was").isNull();
        assertThat(AccessPeriodRules.endProblem(new AccessPeriod(null, LocalDate.of(2027, 2, 1), null), open, NOW, SYDNEY))
                .as("today, to its end").isNull();
        assertThat(AccessPeriodRules.startProblem(LocalDate.of(1999, 12, 31))).isEqualTo(AccessPeriodRules.outOfRange());
        assertThat(AccessPeriodRules.problem(new AccessPeriod(null, null, LocalTime.NOON), open, NOW, SYDNEY))
                .startsWith("Access ends at: ");
    }

    @Test
    void a_csv_day_is_iso_or_empty_and_anything_else_is_refused_with_how_to_write_it() {
        assertThat(AccessPeriodRules.csvDay("2027-02-03")).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(AccessPeriodRules.csvDay(" ")).isNull();
        assertThatThrownBy(() -> AccessPeriodRules.csvDay("3/2/2027")).hasMessage(AccessPeriodRules.csvDay());
        assertThatThrownBy(() -> AccessPeriodRules.csvDay("2027-02-30")).hasMessage(AccessPeriodRules.csvDay());
        assertThatThrownBy(() -> AccessPeriodRules.csvDay("2200-01-01")).hasMessage(AccessPeriodRules.outOfRange());
    }
}
