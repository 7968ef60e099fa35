package app.staffroom.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of an access period ({@link AccessPeriod}), used by the wizard, the teammate drawer, the CSV
 * import and the services. Days lie in 2000–2100; the end is not before the start; an end time needs an end
 * day; and an end that is set or moved must lie ahead (an end already past is a deactivation, made as such).
 */
public final class AccessPeriodRules {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static String outOfRange() {
        return Messages.text("rules.accessPeriodRules.outOfRange");
    }
    public static String endBeforeStart() {
        return Messages.text("rules.accessPeriodRules.endBeforeStart");
    }
    public static String timeWithoutDay() {
        return Messages.text("rules.accessPeriodRules.timeWithoutDay");
    }
    public static String endPassed() {
        return Messages.text("rules.accessPeriodRules.endPassed");
    }
    public static String startAheadForActive() {
        return Messages.text("rules.accessPeriodRules.startAheadForActive");
    }
    /** How the CSV import reads a day: ISO 8601, as spreadsheets can write it whatever their language. */
    public static String csvDay() {
        return Messages.text("rules.accessPeriodRules.csvDay");
    }

    private AccessPeriodRules() {
    }

    public static @Nullable String startProblem(@Nullable LocalDate startsOn) {
        return inRange(startsOn) ? null : outOfRange();
    }

    /**
     * The end day's problem, or null.
     *
     * @param before the period before this change ({@link AccessPeriod#OPEN} for a new person): an end left as it
     *               was is not refused for having passed
     */
    public static @Nullable String endProblem(AccessPeriod period, AccessPeriod before, Instant now, ZoneId zone) {
        if (!inRange(period.endsOn())) {
            return outOfRange();
        }
        if (period.endsOn() != null && period.startsOn() != null && period.endsOn().isBefore(period.startsOn())) {
            return endBeforeStart();
        }
        Instant end = period.end(zone);
        boolean moved = !Objects.equals(period.endsOn(), before.endsOn()) || !Objects.equals(period.endsAt(), before.endsAt());
        return end != null && moved && !end.isAfter(now) ? endPassed() : null;
    }

    public static @Nullable String timeProblem(AccessPeriod period) {
        return period.endsAt() != null && period.endsOn() == null ? timeWithoutDay() : null;
    }

    /** Every problem at once, as services check them: the first, prefixed with its field's name, or null. */
    public static @Nullable String problem(AccessPeriod period, AccessPeriod before, Instant now, ZoneId zone) {
        Phrase refusal = refusal(period, before, now, zone);
        return refusal == null ? null : refusal.text();
    }

    /** {@link #problem} as a service's refusal, worded when shown in the reader's language; null when fine. */
    public static @Nullable Phrase refusal(AccessPeriod period, AccessPeriod before, Instant now, ZoneId zone) {
        if (!inRange(period.startsOn())) {
            return starts("rules.accessPeriodRules.outOfRange");
        }
        if (timeProblem(period) != null) {
            return new Phrase("refusals.period.endsAt", new Phrase("rules.accessPeriodRules.timeWithoutDay"));
        }
        if (!inRange(period.endsOn())) {
            return ends("rules.accessPeriodRules.outOfRange");
        }
        if (period.endsOn() != null && period.startsOn() != null && period.endsOn().isBefore(period.startsOn())) {
            return ends("rules.accessPeriodRules.endBeforeStart");
        }
        return endProblem(period, before, now, zone) == null ? null : ends("rules.accessPeriodRules.endPassed");
    }

    /** A refusal of the start day with the rule {@code key} (such as {@code rules.accessPeriodRules.startAheadForActive}). */
    public static Phrase starts(String key) {
        return new Phrase("refusals.period.starts", new Phrase(key));
    }

    private static Phrase ends(String key) {
        return new Phrase("refusals.period.ends", new Phrase(key));
    }

    /**
     * A day from a CSV cell: empty for none, else ISO 8601 (YYYY-MM-DD).
     *
     * @throws IllegalArgumentException with {@link #csvDay()} or {@link #outOfRange()} for anything else
     */
    public static @Nullable LocalDate csvDay(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(cell.strip(), DateTimeFormatter.ISO_LOCAL_DATE.withLocale(Locale.ROOT));
        } catch (DateTimeParseException notADay) {
            throw new IllegalArgumentException(csvDay());
        }
        if (!inRange(day)) {
            throw new IllegalArgumentException(outOfRange());
        }
        return day;
    }

    private static boolean inRange(@Nullable LocalDate day) {
        return day == null || (!day.isBefore(EARLIEST) && !day.isAfter(LATEST));
    }
}
