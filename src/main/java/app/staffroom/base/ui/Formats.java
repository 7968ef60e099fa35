package app.staffroom.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** How screens show moments in time. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    // After each change in a practice every open team list shows the same moments again.
    private static final int REMEMBERED = 10_000;
    private static final Map<Instant, String> FORMATTED = new ConcurrentHashMap<>();

    private Formats() {
    }

    /** For example "22 Nov 2026, 09:15"; a dash when there is no moment. */
    public static String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "—";
        }
        String known = FORMATTED.get(instant);
        if (known != null) {
            return known;
        }
        if (FORMATTED.size() >= REMEMBERED) {
            FORMATTED.clear();
        }
        String formatted = DATE_TIME.format(instant);
        FORMATTED.put(instant, formatted);
        return formatted;
    }
}
