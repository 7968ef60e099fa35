package app.staffroom.base;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The languages Staffroom speaks: English (the default and the fallback), French and Spanish. A language is a BCP 47
 * tag of its language alone ("fr"): regional variants ("fr-CA", "es-MX") speak it too.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"));
    /**
     * The pseudo-language (BCP 47 private-use tag {@code qps-ploc}): English texts in brackets, for finding texts that
     * are not from a bundle. Only a browser that asks for this tag gets it; My profile does not offer it.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("qps-ploc");

    private Languages() {
    }

    /** The supported language {@code locale} speaks, else English. */
    public static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(language -> language.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(DEFAULT);
    }

    /** The language of a stored tag ("fr"); null for none or one Staffroom does not speak. */
    public static @Nullable Locale ofTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (isPseudo(locale)) {
            return PSEUDO;
        }
        return SUPPORTED.stream().filter(language -> language.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(null);
    }

    /**
     * The first of the languages a browser asks for in its {@code Accept-Language} header ("fr-CA,fr;q=0.9,en;q=0.8"),
     * by their weights, that Staffroom speaks; null when it asks for none of them (or sends no header, or a malformed
     * one). The pseudo-language is not among them.
     */
    public static @Nullable Locale ofAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
                Locale asked = Locale.forLanguageTag(range.getRange());
                Locale spoken = isPseudo(asked) ? null : SUPPORTED.stream()
                        .filter(language -> language.getLanguage().equals(asked.getLanguage())).findFirst().orElse(null);
                if (spoken != null) {
                    return spoken;
                }
            }
        }
        return null;
    }

    public static boolean isPseudo(@Nullable Locale locale) {
        return locale != null && PSEUDO.getLanguage().equals(locale.getLanguage());
    }
}
