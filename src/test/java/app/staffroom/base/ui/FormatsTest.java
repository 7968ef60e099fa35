package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final DateTimeFormatter EXPECTED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    @Test
    void a_moment_reads_as_day_month_year_and_time_and_no_moment_as_a_dash() {
        Instant moment = Instant.parse("2026-11-22T09:15:30Z");

        assertThat(Formats.dateTime(moment)).isEqualTo(EXPECTED.format(moment)).contains("Nov 2026");
        assertThat(Formats.dateTime(null)).isEqualTo("—");
    }

    @Test
    void moments_shown_again_and_again_read_the_same_however_many_there_are() {
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        for (int minute = 0; minute < 25_000; minute++) {
            Instant moment = start.plusSeconds(60L * minute);
            assertThat(Formats.dateTime(moment)).isEqualTo(EXPECTED.format(moment));
            assertThat(Formats.dateTime(moment)).isEqualTo(EXPECTED.format(moment));
        }
    }
}
