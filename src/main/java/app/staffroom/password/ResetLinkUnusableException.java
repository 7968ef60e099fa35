package app.staffroom.password;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;

/** A reset link that cannot be used (unknown, used, replaced or expired); the message says which and what to do. */
public class ResetLinkUnusableException extends ChangeRefusedException {

    static final Phrase UNKNOWN = new Phrase("refusals.password.unknown");

    ResetLinkUnusableException(Phrase phrase) {
        super(phrase);
    }
}
