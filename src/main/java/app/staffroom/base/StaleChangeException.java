package app.staffroom.base;

/**
 * A change made on data that someone else has changed since it was read: refused, nothing overwritten.
 * {@link #getMessage()} is the English text (for logs); the screen words {@link #phrase()} in the reader's language.
 */
public class StaleChangeException extends RuntimeException {

    private final Phrase phrase;

    /** @param phrase the whole refusal, such as {@code refusals.stale.practice} */
    public StaleChangeException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }
}
