package app.staffroom.password;

import app.staffroom.base.ChangeRefusedException;

/** A reset link that cannot be used (unknown, used, replaced or expired); the message says which and what to do. */
public class ResetLinkUnusableException extends ChangeRefusedException {

    static final String UNKNOWN = "This link is not valid. Ask for a new one with \"Forgot password?\" on the sign-in page.";

    ResetLinkUnusableException(String message) {
        super(message);
    }
}
