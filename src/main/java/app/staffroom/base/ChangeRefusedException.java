package app.staffroom.base;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A change that the rules do not allow, and why, worded when it is shown, in the reader's language
 * ({@link #in(Locale)}); {@link #getMessage()} is its English text (for logs). The reason is either a {@link Phrase}
 * or a shared rule's wording ({@link ContactRules}, password and setup rules that word their problems with
 * {@link Messages#text}), which is run again in the reader's language when shown: those rules are pure functions of
 * the values they check, so they find the same problems in every language.
 */
public class ChangeRefusedException extends RuntimeException {

    private final @Nullable Phrase phrase;
    private final Function<Locale, String> wording;

    /**
     * A refusal whose reason is what {@code rule} words, in the language {@link Messages#currentLocale()} answers
     * while it runs ({@link Messages#in(Locale, Supplier)}); {@code rule} must word the same problems every time.
     */
    public ChangeRefusedException(Supplier<String> rule) {
        this(null, locale -> Messages.in(locale, rule));
    }

    public ChangeRefusedException(Phrase phrase) {
        this(phrase, phrase::in);
    }

    private ChangeRefusedException(@Nullable Phrase phrase, Function<Locale, String> wording) {
        this.phrase = phrase;
        this.wording = wording;
    }

    /** The reason as a phrase, or null when a rule words it (see {@link #in(Locale)}). */
    public @Nullable Phrase phrase() {
        return phrase;
    }

    /** The reason in English, for logs (worded when asked for: a rule may take a while to run). */
    @Override
    public String getMessage() {
        return in(Languages.DEFAULT);
    }

    /** The reason in {@code locale} (English where a bundle lacks the text). */
    public String in(Locale locale) {
        return wording.apply(locale);
    }
}
