package app.staffroom.base;

import org.jspecify.annotations.Nullable;

/**
 * A change that the rules do not allow, and why. Made with a {@link Phrase}, the reason is worded when it is shown,
 * in the reader's language, and {@link #getMessage()} is its English text (for logs); made with a text, that text is
 * the reason as it is.
 */
public class ChangeRefusedException extends RuntimeException {

    private final @Nullable Phrase phrase;

    /** A reason already worded (a shared rule's text, read in the language of the screen that asked). */
    public ChangeRefusedException(String message) {
        super(message);
        this.phrase = null;
    }

    public ChangeRefusedException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    /** The reason to word for the reader, or null when the message is already worded. */
    public @Nullable Phrase phrase() {
        return phrase;
    }
}
