package app.staffroom.review;

import app.staffroom.base.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review's frozen values in the reader's language. A review keeps what it froze as it was written then, in English
 * ("Whole practice", "Quarterly schedule", "Authenticator app and 2 passkeys", "Main Street (default)"): the reports
 * word them in the downloader's language when they are made; names people typed read as typed.
 */
final class ReviewWording {

    private static final Pattern PASSKEYS = Pattern.compile("(?:Authenticator app and )?(\\d+) passkeys?");
    private static final String DEFAULT_MARK = " (default)";

    private ReviewWording() {
    }

    /** The review's scope: the whole practice in words, a location by its name. */
    static String scope(String recorded, Locale locale) {
        return recorded.equals(AccessReviews.WHOLE_PRACTICE) ? text(locale, "review.wholePractice") : recorded;
    }

    /** Who started it: the quarterly schedule in words, a person by name. */
    static String startedBy(String recorded, Locale locale) {
        return recorded.equals(QuarterlyReviews.STARTED_BY) ? text(locale, "review.report.quarterlySchedule") : recorded;
    }

    /** The person's second sign-in factors as frozen by {@link ReviewFreeze#twoFactor}, in words. */
    static String twoFactor(String recorded, Locale locale) {
        if (recorded.equals("None")) {
            return text(locale, "review.twoFactor.none");
        }
        if (recorded.equals("Authenticator app")) {
            return text(locale, "review.twoFactor.app");
        }
        Matcher matcher = PASSKEYS.matcher(recorded);
        if (matcher.matches()) {
            long passkeys = Long.parseLong(matcher.group(1));
            return text(locale, recorded.startsWith("Authenticator") ? "review.twoFactor.appAndPasskeys"
                    : "review.twoFactor.passkeys", passkeys);
        }
        return recorded;
    }

    /** The person's locations, the default one marked in words. */
    static String locations(String recorded, Locale locale) {
        return recorded.replace(DEFAULT_MARK, " " + text(locale, "review.report.defaultMark"));
    }

    /** The decision's name; empty for none. */
    static String decision(@org.jspecify.annotations.Nullable Decision decision, Locale locale) {
        return decision == null ? "" : Messages.label(decision, locale);
    }

    static String yesNo(boolean yes, Locale locale) {
        return text(locale, yes ? "review.report.yes" : "review.report.no");
    }

    static String text(Locale locale, String key, Object... arguments) {
        return Messages.bundled().text(locale, key, arguments);
    }
}
