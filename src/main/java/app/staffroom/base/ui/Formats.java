package app.staffroom.base.ui;

import app.staffroom.base.PracticeClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** How screens show moments in time: in the practice's zone (see {@link PracticeTime}), never the server's. */
public final class Formats {

    // After each change in a practice every open team list shows the same moments again.
    private static final int REMEMBERED = 10_000;
    private static final Map<Moment, String> FORMATTED = new ConcurrentHashMap<>();

    private record Moment(ZoneId zone, Instant instant, java.util.Locale locale) {
    }

    private Formats() {
    }

    /**
     * For example "22 Nov 2026, 09:15 AEDT" in the current session's practice clock ({@link PracticeTime#clock()});
     * a dash when there is no moment.
     */
    public static String dateTime(@Nullable Instant instant) {
        return dateTime(PracticeTime.clock(), instant);
    }

    /** For example "22 Nov 2026, 09:15 AEDT" in {@code clock}; a dash when there is no moment. */
    public static String dateTime(PracticeClock clock, @Nullable Instant instant) {
        if (instant == null) {
            return "—";
        }
        java.util.Locale locale = app.staffroom.base.Messages.currentLocale();
        Moment moment = new Moment(clock.zone(), instant, locale);
        String known = FORMATTED.get(moment);
        if (known != null) {
            return known;
        }
        if (FORMATTED.size() >= REMEMBERED) {
            FORMATTED.clear();
        }
        String formatted = clock.dateTime(instant, locale);
        FORMATTED.put(moment, formatted);
        return formatted;
    }
}
