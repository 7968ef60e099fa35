package app.staffroom.invite;

import app.staffroom.base.ChangeRefusedException;

/** A link that can no longer be used; the message says why and what to do. */
public class InvitationUnusableException extends ChangeRefusedException {

    public InvitationUnusableException(String message) {
        super(message);
    }

    static InvitationUnusableException unknown() {
        return new InvitationUnusableException("This invitation link is not valid any more. It may have been "
                + "replaced by a newer invitation, revoked, or already used. Ask your practice for a new invitation.");
    }

    static InvitationUnusableException expired() {
        return new InvitationUnusableException("This invitation has expired. Ask your practice to send it again.");
    }
}
