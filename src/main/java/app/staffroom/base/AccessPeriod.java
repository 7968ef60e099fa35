package app.staffroom.base;

import static app.staffroom.base.Messages.text;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a teammate's access to a practice is valid, as a person entered it: days (and an optional end time) of
 * the practice's clock. Access starts at the first moment of {@code startsOn} and ends at {@code endsAt} on
 * {@code endsOn}, or at the end of that day without a time. Null parts are open: no start means access from
 * the invitation on, no end means until someone deactivates the person.
 */
public record AccessPeriod(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalTime endsAt)
        implements Serializable {

    /** Neither a start nor an end. */
    public static final AccessPeriod OPEN = new AccessPeriod(null, null, null);

    /** The first moment of access in the practice's zone; null without a start. */
    public @Nullable Instant start(ZoneId zone) {
        return startsOn == null ? null : startsOn.atStartOfDay(zone).toInstant();
    }

    /** The first moment without access in the practice's zone; null without an end. */
    public @Nullable Instant end(ZoneId zone) {
        if (endsOn == null) {
            return null;
        }
        return endsAt == null ? endsOn.plusDays(1).atStartOfDay(zone).toInstant() : endsOn.atTime(endsAt).atZone(zone).toInstant();
    }

    /** True while {@code now} lies within the period. */
    public boolean isValidAt(Instant now, ZoneId zone) {
        Instant start = start(zone);
        Instant end = end(zone);
        return (start == null || !now.isBefore(start)) && (end == null || now.isBefore(end));
    }

    /**
     * How a list says the period at {@code now}, in the practice's days: "starts 3 Feb 2027", "ends 12 Mar 2027",
     * "ends 12 Mar 2027, 17:30", "starts 3 Feb 2027 · ends 12 Mar 2027", "ended 12 Mar 2027", or a dash when open.
     */
    public String describe(Instant now, ZoneId zone) {
        if (isOpen()) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        Instant start = start(zone);
        if (start != null && now.isBefore(start)) {
            text.append(Messages.text("base.period.starts", PracticeClock.UTC.date(startsOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
        }
        Instant end = end(zone);
        if (end != null) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(Messages.text(now.isBefore(end) ? "base.period.ends" : "base.period.ended",
                    PracticeClock.UTC.date(Objects.requireNonNull(endsOn).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
            if (endsAt != null) {
                text.append(", ").append(endsAt).append(' ').append(ZONE.format(endsOn.atTime(endsAt).atZone(zone)));
            }
        }
        return text.isEmpty() ? "—" : text.toString();
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** The first day as the record keeps it, for example "3 Feb 2027"; empty without one. */
    public String startText() {
        return startsOn == null ? "" : DAY.format(startsOn);
    }

    /** The last day (and end time) as the record keeps it, for example "12 Mar 2027" or "12 Mar 2027, 17:30"; empty without one. */
    public String endText() {
        return endsOn == null ? "" : DAY.format(endsOn) + (endsAt == null ? "" : ", " + endsAt);
    }

    /**
     * When access ends, as an email says it in the practice's zone: "at the end of 12 Mar 2027", or
     * "on 12 Mar 2027 at 17:30 PDT"; empty without an end.
     */
    public String endWords(ZoneId zone) {
        if (endsOn == null) {
            return "";
        }
        return endsAt == null ? "at the end of " + DAY.format(endsOn)
                : "on " + DAY.format(endsOn) + " at " + endsAt + " " + ZONE.format(endsOn.atTime(endsAt).atZone(zone));
    }

    public boolean isOpen() {
        return startsOn == null && endsOn == null;
    }

    /**
     * SQL that is true while the teammate {@code t} of the practice {@code w} is within its period at the bound
     * {@code :now}; the query joins {@code workspace w}.
     */
    public static final String VALID_SQL = """
            (t.access_starts_on is null or (t.access_starts_on::timestamp at time zone w.time_zone) <= :now)
            and (t.access_ends_on is null or ((t.access_ends_on + coalesce(t.access_ends_at, time '24:00'))::timestamp
                                              at time zone w.time_zone) > :now)""";

    /** SQL for the first moment without access of teammate {@code t} of practice {@code w} (null without an end). */
    public static final String END_SQL =
            "((t.access_ends_on + coalesce(t.access_ends_at, time '24:00'))::timestamp at time zone w.time_zone)";
}
