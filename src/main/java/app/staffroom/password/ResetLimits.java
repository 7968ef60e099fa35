package app.staffroom.password;

import java.time.Duration;

/**
 * How often a reset link may be asked for: five times an hour for one email and five times an hour from one
 * client address, whichever is reached first (anti-automation, OWASP ASVS 4.0.3 V2.2.1). The refusal is the
 * same for both, so it tells nothing about which limit was reached.
 */
final class ResetLimits {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_EMAIL = 5;
    static final int PER_CLIENT = 5;

    private ResetLimits() {
    }

    /** True when one more request may go ahead after these many in the last {@link #WINDOW}. */
    static boolean allows(long forTheEmail, long fromTheClient) {
        return forTheEmail < PER_EMAIL && fromTheClient < PER_CLIENT;
    }
}
