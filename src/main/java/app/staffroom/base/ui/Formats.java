package app.staffroom.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How screens show moments in time. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    /** For example "22 Nov 2026, 09:15"; a dash when there is no moment. */
    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }
}
