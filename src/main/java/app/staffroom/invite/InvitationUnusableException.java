package app.staffroom.invite;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;

/** A link that can no longer be used; the message says why and what to do. */
public class InvitationUnusableException extends ChangeRefusedException {

    public InvitationUnusableException(Phrase phrase) {
        super(phrase);
    }

    static InvitationUnusableException unknown() {
        return new InvitationUnusableException(new Phrase("refusals.invite.unknown"));
    }

    static InvitationUnusableException expired() {
        return new InvitationUnusableException(new Phrase("refusals.invite.expired"));
    }
}
