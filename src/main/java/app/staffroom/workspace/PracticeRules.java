package app.staffroom.workspace;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import app.staffroom.base.Texts;
import app.staffroom.base.TypedText;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of a practice's settings, used by the first-run setup, the Settings screen, the
 * "new practice" dialog, the headless setup and the services. Each method returns the problem in words
 * for the field it concerns, or null when the value is fine; nothing is ever shortened or rewritten.
 */
public final class PracticeRules {

    public static final int NAME_MAX = 120;
    public static final int SLUG_MAX = 60;
    public static final long INVITATION_HOURS_MIN = 1;
    public static final long INVITATION_HOURS_MAX = 30 * 24;
    public static final Duration IDLE_MIN = Duration.ofMinutes(5);
    public static final Duration IDLE_MAX = Duration.ofHours(12);
    /** Prices are kept as numeric(10, 2). */
    public static final BigDecimal PRICE_MAX = new BigDecimal("99999999.99");

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final List<Country> COUNTRIES = Set.copyOf(PhoneNumberUtil.getInstance().getSupportedRegions()).stream()
            .filter(code -> currencyOf(code) != null)
            .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name))
            .toList();
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    /** A country a practice can be in: its ISO 3166-1 alpha-2 code (also its phone region) and English name. */
    public record Country(String code, String name) {
        /** The country's name in {@code language} ("Allemagne" in French), English where Java knows no other. */
        public String name(Locale language) {
            return Languages.isPseudo(language) ? name : Locale.of("", code).getDisplayCountry(language);
        }

        /** The country's currency (ISO 4217), the default for a practice there. */
        public Currency currency() {
            return java.util.Objects.requireNonNull(currencyOf(code));
        }
    }

    private PracticeRules() {
    }

    /** Every country with a phone numbering plan and a currency, by English name. */
    public static List<Country> countries() {
        return COUNTRIES;
    }

    /** Every country of {@link #countries()}, in the alphabetical order of {@code language} (accents ignored). */
    public static List<Country> countries(Locale language) {
        Collator order = Collator.getInstance(language);
        order.setStrength(Collator.PRIMARY);
        return COUNTRIES.stream().sorted(Comparator.comparing(country -> country.name(language), order)).toList();
    }

    /** The country with this ISO code, if it is one of {@link #countries()}. */
    public static java.util.Optional<Country> country(String code) {
        return COUNTRIES.stream().filter(country -> country.code().equals(code)).findFirst();
    }

    /**
     * IANA time zones by id ("Australia/Sydney"), without the bare abbreviations and the Etc/ and SystemV/ fixed
     * offsets; IANA's own links (Australia/ACT) stay, as browsers may report them.
     */
    public static List<String> timeZones() {
        return ZONES;
    }

    /**
     * A time zone as the lists show it: its IANA name, which is what is stored and typed, then its name in
     * {@code language} from CLDR, for example "Europe/Paris (heure d’Europe centrale)". The IANA name alone
     * where CLDR knows no other.
     */
    public static String timeZoneLabel(String zone, Locale language) {
        String named = ZoneId.of(zone).getDisplayName(TextStyle.FULL, language);
        return named.equals(zone) || named.isBlank() ? zone : zone + " (" + named + ")";
    }

    /** Currencies a practice can charge in (ISO 4217), by code. */
    public static List<Currency> currencies() {
        return Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getDefaultFractionDigits() >= 0)
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
    }

    public static @Nullable String nameProblem(String name) {
        String problem = TypedText.requiredProblem(name, Messages.text("rules.what.practiceName"));
        return problem != null ? problem : name.strip().length() > NAME_MAX ? Texts.tooLong(NAME_MAX, name.strip().length()) : null;
    }

    /** The booking-page address: lower-case letters, digits and single hyphens between them, as typed. */
    public static @Nullable String slugProblem(String slug) {
        if (slug.isBlank()) {
            return Messages.text("rules.slug.enter");
        }
        if (slug.length() > SLUG_MAX) {
            return Texts.tooLong(SLUG_MAX, slug.length());
        }
        if (!slug.matches(SLUG)) {
            return Messages.text("rules.slug.pattern");
        }
        return null;
    }

    public static @Nullable String countryProblem(@Nullable String code) {
        return code == null ? Messages.text("rules.practice.noCountry") : country(code).isEmpty() ? Messages.text("rules.practice.unknownCountry") : null;
    }

    public static @Nullable String timeZoneProblem(@Nullable String zone) {
        return zone == null || zone.isBlank() ? Messages.text("rules.practice.noTimeZone")
                : ZONES.contains(zone) || isKnownZone(zone) ? null : Messages.text("rules.practice.unknownTimeZone");
    }

    public static @Nullable String currencyProblem(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Messages.text("rules.practice.noCurrency");
        }
        try {
            Currency.getInstance(code);
            return code.matches("[A-Z]{3}") ? null : Messages.text("rules.practice.unknownCurrency");
        } catch (IllegalArgumentException unknown) {
            return Messages.text("rules.practice.unknownCurrency");
        }
    }

    /**
     * A seat price in {@code currency} (ISO 4217; null when not known yet): from 0 to 99,999,999.99, with at most
     * the currency's decimals (two for USD, none for JPY), never rounded.
     */
    public static @Nullable String priceProblem(@Nullable BigDecimal price, @Nullable String currency) {
        if (price == null) {
            return Messages.text("rules.practice.noPrice");
        }
        if (price.signum() < 0) {
            return Messages.text("rules.practice.negativePrice");
        }
        int decimals = 2;
        if (currency != null && currencyProblem(currency) == null) {
            decimals = Math.min(2, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
        }
        if (price.stripTrailingZeros().scale() > decimals) {
            return decimals == 0 ? Messages.text("rules.practice.noDecimals", currency)
                    : Messages.text("rules.practice.twoDecimals");
        }
        return price.compareTo(PRICE_MAX) > 0 ? Messages.text("rules.practice.priceMax") : null;
    }

    /** How long an invitation link works: 1 hour to 30 days, in whole hours. */
    public static @Nullable String invitationLifetimeProblem(@Nullable Duration lifetime) {
        if (lifetime == null) {
            return Messages.text("rules.practice.noLifetime");
        }
        long hours = lifetime.toHours();
        return lifetime.toSecondsPart() != 0 || lifetime.toMinutesPart() != 0 || hours < INVITATION_HOURS_MIN
                || hours > INVITATION_HOURS_MAX ? Messages.text("rules.practice.lifetimeRange") : null;
    }

    /**
     * How long a session may stay unused before it is signed out: 5 minutes to 12 hours in whole minutes, and
     * at most {@code instanceMaximum}, the longest the instance allows (ASVS 5.0 V7.3.1).
     */
    public static @Nullable String idleSignOutProblem(@Nullable Duration idle, Duration instanceMaximum) {
        if (idle == null) {
            return Messages.text("rules.practice.noIdle");
        }
        Duration upper = instanceMaximum.compareTo(IDLE_MAX) < 0 ? instanceMaximum : IDLE_MAX;
        if (idle.toSecondsPart() != 0 || idle.compareTo(IDLE_MIN) < 0 || idle.compareTo(upper) > 0) {
            return idleRange(upper);
        }
        return null;
    }

    /** "From 5 minutes to 12 hours, in whole minutes.": the upper end in its largest whole unit. */
    private static String idleRange(Duration upper) {
        return inLargestWholeUnit("rules.practice.idleRange", upper);
    }

    /**
     * The bundle text {@code key} in the reader's language with {@code duration} in its largest whole unit:
     * argument {0} is the amount, {1} the unit ({@code day}, {@code hour} or {@code minute}, for an ICU
     * {@code select}). 720 minutes are "12 hours", 1,440 are "1 day", 90 stay "90 minutes"; seconds are ignored.
     */
    public static String inLargestWholeUnit(String key, Duration duration) {
        long minutes = duration.toMinutes();
        String unit = minutes % (24 * 60) == 0 ? "day" : minutes % 60 == 0 ? "hour" : "minute";
        long amount = unit.equals("day") ? minutes / (24 * 60) : unit.equals("hour") ? minutes / 60 : minutes;
        return Messages.text(key, amount, unit);
    }

    /** Whether a new person confirms the invitation's mobile number: one of the two choices. */
    public static @Nullable String mobileConfirmationProblem(@Nullable MobileConfirmation choice) {
        return choice == null ? Messages.text("rules.practice.noMobileConfirmation") : null;
    }

    /** "30 days", "12 hours", "90 minutes", "1 hour". */
    public static String words(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return days + (days == 1 ? " day" : " days");
        }
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static boolean isKnownZone(String zone) {
        try {
            ZoneId.of(zone);
            return ZoneId.getAvailableZoneIds().contains(zone);
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    static @Nullable Currency currencyOf(String country) {
        try {
            return Currency.getInstance(Locale.of("", country));
        } catch (IllegalArgumentException noCurrency) {
            return null;
        }
    }
}
