package app.staffroom.password;

/** The answer to a request for a reset link; it never says whether an account has the email. */
public enum ResetRequest {
    /** Taken: a link goes out if an account has the email. */
    TAKEN,
    /** Too many requests for this email or from this client address in the last hour (not saying which). */
    TOO_MANY
}
