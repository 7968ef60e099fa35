package app.staffroom.base;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A practice's clock: every moment shown to a person, written to a CSV or put in an email is read in the
 * practice's IANA time zone, never in the server's. Dates a person picks ("from 3 Dec") are the practice's
 * days, which on a daylight-saving change day last 23 or 25 hours.
 *
 * @param zone the practice's IANA time zone, for example {@code Australia/Sydney}
 */
public record PracticeClock(ZoneId zone) implements Serializable {

    private static final java.util.Map<Locale, DateTimeFormatter[]> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The clock of a practice whose zone is not known yet: UTC, said as such. */
    public static final PracticeClock UTC = new PracticeClock(ZoneId.of("UTC"));

    /** The clock of the zone with this IANA id. @throws java.time.DateTimeException for an unknown id */
    public static PracticeClock of(String zoneId) {
        return new PracticeClock(ZoneId.of(zoneId));
    }

    /** For example "3 Dec 2026, 09:15 AEDT": the zone's short name says which clock it is; a dash for no moment. */
    public String dateTime(@Nullable Instant instant) {
        return dateTime(instant, Messages.currentLocale());
    }

    /** {@link #dateTime(Instant)} in {@code locale}'s words: "3 déc. 2026, 09:15 AEDT" in French. */
    public String dateTime(@Nullable Instant instant, Locale locale) {
        return instant == null ? "—" : formatters(locale)[0].format(instant.atZone(zone));
    }

    /** The practice's day of a moment, for example "3 Dec 2026"; a dash for no moment. */
    public String date(@Nullable Instant instant) {
        return date(instant, Messages.currentLocale());
    }

    /** {@link #date(Instant)} in {@code locale}'s words: "3 déc. 2026" in French. */
    public String date(@Nullable Instant instant, Locale locale) {
        return instant == null ? "—" : formatters(locale)[1].format(instant.atZone(zone));
    }

    private static DateTimeFormatter[] formatters(Locale locale) {
        Locale language = Languages.supported(locale);
        return FORMATTERS.computeIfAbsent(language, any -> new DateTimeFormatter[] {
                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", language),
                DateTimeFormatter.ofPattern("d MMM yyyy", language)});
    }

    /** ISO-8601 with the practice's offset at that moment, for example "2026-12-03T09:15:00+11:00" (for files). */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    /** The first moment of the practice's day {@code day}. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the practice's day {@code day}: the day is {@code [startOf(day), endOf(day))}. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The practice's day today. */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
