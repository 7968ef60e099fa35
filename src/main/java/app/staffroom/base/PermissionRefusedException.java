package app.staffroom.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access refused to someone who may not do or see this; {@link #getMessage()} is the English text (for logs), and
 * the screen words {@link #phrase()} in the reader's language.
 */
public class PermissionRefusedException extends AccessDeniedException {

    private final Phrase phrase;

    public PermissionRefusedException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }
}
