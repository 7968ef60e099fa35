package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The practice's clock, whatever zone the server runs in. */
class PracticeClockTest {

    private static final PracticeClock SYDNEY = PracticeClock.of("Australia/Sydney");
    private static final PracticeClock LOS_ANGELES = PracticeClock.of("America/Los_Angeles");

    @Test
    void a_moment_reads_in_the_practices_zone_with_the_zones_short_name() {
        Instant moment = Instant.parse("2026-12-02T22:15:00Z");

        assertThat(SYDNEY.dateTime(moment)).isEqualTo("3 Dec 2026, 09:15 AEDT");
        assertThat(LOS_ANGELES.dateTime(moment)).isEqualTo("2 Dec 2026, 14:15 PST");
        assertThat(SYDNEY.dateTime(Instant.parse("2026-07-02T22:15:00Z"))).isEqualTo("3 Jul 2026, 08:15 AEST");
        assertThat(LOS_ANGELES.dateTime(Instant.parse("2026-07-02T22:15:00Z"))).isEqualTo("2 Jul 2026, 15:15 PDT");
        assertThat(PracticeClock.UTC.dateTime(moment)).isEqualTo("2 Dec 2026, 22:15 UTC");
        assertThat(SYDNEY.date(moment)).isEqualTo("3 Dec 2026");
        assertThat(SYDNEY.dateTime(null)).isEqualTo("—");
    }

    @Test
    void files_get_iso_8601_with_the_offset_of_that_moment() {
        assertThat(SYDNEY.iso(Instant.parse("2026-12-02T22:15:00.123456Z"))).isEqualTo("2026-12-03T09:15:00+11:00");
        assertThat(SYDNEY.iso(Instant.parse("2026-07-02T22:15:00Z"))).isEqualTo("2026-07-03T08:15:00+10:00");
        assertThat(LOS_ANGELES.iso(Instant.parse("2026-07-02T22:15:00Z"))).isEqualTo("2026-07-02T15:15:00-07:00");
        assertThat(PracticeClock.UTC.iso(Instant.parse("2026-07-02T22:15:00Z"))).isEqualTo("2026-07-02T22:15:00Z");
    }

    @Test
    void a_practices_day_lasts_23_or_25_hours_when_its_clocks_change() {
        assertThat(length(SYDNEY, LocalDate.parse("2026-10-04"))).as("clocks go forward").isEqualTo(Duration.ofHours(23));
        assertThat(length(SYDNEY, LocalDate.parse("2026-04-05"))).as("clocks go back").isEqualTo(Duration.ofHours(25));
        assertThat(length(LOS_ANGELES, LocalDate.parse("2026-03-08"))).isEqualTo(Duration.ofHours(23));
        assertThat(length(LOS_ANGELES, LocalDate.parse("2026-11-01"))).isEqualTo(Duration.ofHours(25));
        assertThat(length(LOS_ANGELES, LocalDate.parse("2026-11-02"))).isEqualTo(Duration.ofHours(24));
        assertThat(SYDNEY.startOf(LocalDate.parse("2026-10-04"))).isEqualTo(Instant.parse("2026-10-03T14:00:00Z"));
        assertThat(SYDNEY.endOf(LocalDate.parse("2026-10-04"))).isEqualTo(Instant.parse("2026-10-04T13:00:00Z"));
    }

    @Test
    void today_is_the_practices_day_not_the_servers() {
        java.time.Clock lateEveningInUtc = java.time.Clock.fixed(Instant.parse("2026-12-02T22:15:00Z"), java.time.ZoneOffset.UTC);

        assertThat(SYDNEY.today(lateEveningInUtc)).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(LOS_ANGELES.today(lateEveningInUtc)).isEqualTo(LocalDate.parse("2026-12-02"));
    }

    private static Duration length(PracticeClock clock, LocalDate day) {
        return Duration.between(clock.startOf(day), clock.endOf(day));
    }
}
