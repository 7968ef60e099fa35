package app.staffroom.security;

/** What a sign-in still needs after the password (OWASP ASVS 5.0 V6.3.3: multi-factor for sensitive accounts). */
public enum SecondFactorDue {
    /** The account has a second factor: it must be shown. */
    VERIFY,
    /** A practice requires a second factor of the person, whose grace period is over, and there is none yet. */
    ENROL
}
