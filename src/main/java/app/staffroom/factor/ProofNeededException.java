package app.staffroom.factor;

import app.staffroom.base.ChangeRefusedException;

/**
 * The change needs a proof of identity from the last five minutes (OWASP ASVS 5.0 V7.5.1): the screen asks for
 * the password and tries again.
 */
public class ProofNeededException extends ChangeRefusedException {

    public ProofNeededException() {
        super("For your safety, enter your password again to change how you sign in.");
    }
}
