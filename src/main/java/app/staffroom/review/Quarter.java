package app.staffroom.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A calendar quarter of a practice: January–March is Q1, and a quarter begins at midnight of its first day in
 * the practice's own time zone, not the server's.
 *
 * @param year   the year, for example 2026
 * @param number 1 to 4
 */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    /** The quarter that {@code moment} falls in, read in {@code zone}. */
    public static Quarter of(Instant moment, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(moment, zone);
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** For example {@code 2026-Q3}: how the schedule names the quarter's review. */
    public String label() {
        return year + "-Q" + number;
    }

    /** The quarter's first day. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Month.of((number - 1) * 3 + 1), 1);
    }

    /** The first moment of the quarter in {@code zone}. */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The quarter after this one. */
    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }
}
