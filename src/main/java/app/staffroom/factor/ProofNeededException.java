package app.staffroom.factor;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;

/**
 * The change needs a proof of identity from the last five minutes (OWASP ASVS 5.0 V7.5.1): the screen asks for
 * the password and tries again.
 */
public class ProofNeededException extends ChangeRefusedException {

    public ProofNeededException() {
        super(new Phrase("refusals.factor.proofNeeded"));
    }
}
