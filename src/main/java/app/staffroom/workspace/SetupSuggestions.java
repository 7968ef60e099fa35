package app.staffroom.workspace;

import com.ibm.icu.util.TimeZone;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Values the setup offers before the person chooses, which they may keep or change: a booking-page
 * address made from the practice's name, and the country of the browser's time zone.
 */
public final class SetupSuggestions {

    private SetupSuggestions() {
    }

    /**
     * The name in lower-case letters a–z and digits, words joined by single hyphens, at most
     * {@link PracticeRules#SLUG_MAX} characters: "Café Sol &amp; Co" gives "cafe-sol-co". It passes
     * {@link PracticeRules#slugProblem} unless it is empty (a name without letters a–z or digits).
     */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= PracticeRules.SLUG_MAX) {
            return slug;
        }
        String cut = slug.substring(0, PracticeRules.SLUG_MAX);
        int lastHyphen = cut.lastIndexOf('-');
        // Cut between words when a word boundary is near the end; otherwise inside the last word.
        return (lastHyphen > PracticeRules.SLUG_MAX / 2 ? cut.substring(0, lastHyphen) : cut).replaceAll("-+$", "");
    }

    /**
     * The country of an IANA time zone ("Australia/Sydney" gives Australia), from the zone data's own
     * country of each zone (CLDR, through ICU); empty for zones of no one country, such as "UTC".
     */
    public static Optional<PracticeRules.Country> country(@Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return Optional.empty();
        }
        try {
            return PracticeRules.country(TimeZone.getRegion(timeZone));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
