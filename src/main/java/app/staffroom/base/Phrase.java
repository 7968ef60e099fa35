package app.staffroom.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text to be worded later, in the language of whoever reads it: a bundle key and the values for its placeholders.
 * A service that refuses a change knows neither the screen nor its language; the screen words the phrase when it
 * shows it. An argument that is itself a phrase is worded in the same language, and one that is an enumeration's
 * value is its name in that language ({@link Messages#label(Enum, Locale)}); any other value (a name a person typed,
 * a number) is put in as it is.
 *
 * @param key  a key of the bundles in {@code messages/}
 * @param args the values of the key's placeholders, in order
 */
public record Phrase(String key, Object... args) {

    private static final Object[] NONE = {};

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = args == null ? NONE : args.clone();
    }

    /** The values of the placeholders (a copy). */
    @Override
    public Object[] args() {
        return args.clone();
    }

    /** The text in {@code locale} (English where that language lacks the key). */
    public String in(Locale locale) {
        Object[] worded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            worded[i] = switch (args[i]) {
                case Phrase phrase -> phrase.in(locale);
                case Enum<?> value -> Messages.label(value, locale);
                case null, default -> args[i];
            };
        }
        return Messages.bundled().text(locale, key, worded);
    }

    /** The text in the current person's language ({@link Messages#currentLocale()}), for a screen. */
    public String text() {
        return in(Messages.currentLocale());
    }

    /** The text in English: what logs and stored records read. */
    public String english() {
        return in(Languages.DEFAULT);
    }

    /** The items one after the other, separated by commas ("A, B, C"). @throws IllegalArgumentException for none */
    public static Phrase listed(List<?> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to list");
        }
        Object listed = items.getLast();
        for (int i = items.size() - 2; i >= 0; i--) {
            listed = new Phrase("refusals.listed", items.get(i), listed);
        }
        return listed instanceof Phrase phrase ? phrase : new Phrase("refusals.one", listed);
    }

    /** The phrases one after the other, as sentences ("A. B. C."). @throws IllegalArgumentException for none */
    public static Phrase sentences(List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("No sentences");
        }
        Phrase all = phrases.getLast();
        for (int i = phrases.size() - 2; i >= 0; i--) {
            all = new Phrase("refusals.sentences", phrases.get(i), all);
        }
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase phrase && key.equals(phrase.key) && Arrays.equals(args, phrase.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
