package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.PracticeClock;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final PracticeClock SYDNEY = PracticeClock.of("Australia/Sydney");
    private static final PracticeClock LOS_ANGELES = PracticeClock.of("America/Los_Angeles");

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void a_moment_reads_in_the_sessions_practice_clock_and_no_moment_as_a_dash() {
        Instant moment = Instant.parse("2026-12-02T22:15:30Z");
        assertThat(Formats.dateTime(moment)).as("no session: UTC, said as such").isEqualTo("2 Dec 2026, 22:15 UTC");

        MockVaadin.setup();
        assertThat(Formats.dateTime(moment)).as("no practice entered yet").isEqualTo("2 Dec 2026, 22:15 UTC");
        PracticeTime.set(SYDNEY);
        assertThat(Formats.dateTime(moment)).isEqualTo("3 Dec 2026, 09:15 AEDT");
        PracticeTime.set(LOS_ANGELES);
        assertThat(Formats.dateTime(moment)).isEqualTo("2 Dec 2026, 14:15 PST");
        assertThat(Formats.dateTime(null)).isEqualTo("—");
    }

    @Test
    void moments_shown_again_and_again_read_the_same_in_each_zone_however_many_there_are() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int minute = 0; minute < 25_000; minute++) {
            Instant moment = start.plusSeconds(60L * minute);
            assertThat(Formats.dateTime(SYDNEY, moment)).isEqualTo(SYDNEY.dateTime(moment));
            assertThat(Formats.dateTime(LOS_ANGELES, moment)).isEqualTo(LOS_ANGELES.dateTime(moment));
            assertThat(Formats.dateTime(SYDNEY, moment)).isEqualTo(SYDNEY.dateTime(moment));
        }
    }

    @Test
    void a_practice_change_reaches_the_screens_that_listen_while_they_are_attached() {
        MockVaadin.setup();
        UI ui = UI.getCurrent();
        Div screen = new Div();
        ui.add(screen);
        AtomicInteger refreshes = new AtomicInteger();
        PracticeTime.onChange(screen, refreshes::incrementAndGet);

        PracticeTime.changed(ui);
        assertThat(refreshes).hasValue(1);

        ui.remove(screen);
        PracticeTime.changed(ui);
        assertThat(refreshes).as("a closed screen is not refreshed").hasValue(1);
        ui.add(screen);
        PracticeTime.changed(ui);
        assertThat(refreshes).as("listening ended with the detach").hasValue(1);
    }
}
