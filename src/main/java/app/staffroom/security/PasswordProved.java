package app.staffroom.security;

import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;

/**
 * The principal of a session whose password was right but whose sign-in is not finished: a second factor is
 * still to be shown ({@link SecondFactorDue#VERIFY}) or enrolled ({@link SecondFactorDue#ENROL}). Such a
 * session is nobody to every service ({@link CurrentActor#account()} is empty) and reaches only the
 * second-factor pages. {@code provedAt} is when the password was right: a password changed after it ends this
 * sign-in.
 */
public record PasswordProved(UUID accountId, String email, String displayName, SecondFactorDue due, Instant provedAt,
                             @org.jspecify.annotations.Nullable String language)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return email;
    }

    /** The account this sign-in will be once the second factor is done. */
    public SignedInAccount account() {
        return new SignedInAccount(accountId, email, displayName, language);
    }
}
