package app.staffroom.password;

import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The emails of a password reset: the link, and the notice that the password was changed. */
final class ResetMail {

    private ResetMail() {
    }

    /**
     * The link to choose a new password; it works once, until {@code expiresAt} (said in the practice's clock).
     * {@code sentBy} names the administrator who sent it, null when the person asked for it.
     */
    static MailMessage link(String email, String firstName, String link, Instant expiresAt, PracticeClock clock,
                            @Nullable String sentBy) {
        String why = sentBy == null
                ? "Someone asked to reset the password of your Staffroom account (" + email + ")."
                : sentBy + ", an administrator of your practice, sent you this link to choose a new password for your "
                        + "Staffroom account (" + email + "). Nobody but you sees or chooses it.";
        return new MailMessage(email, "Choose a new Staffroom password",
                "Hello " + firstName + ",\n\n" + why + " To choose a new password, open this link and press Continue:\n\n"
                        + link + "\n\nThe link works once, until " + clock.dateTime(expiresAt) + ". A newer link replaces it."
                        + "\nIf you did not ask for this, ignore this email: your password stays as it is.\n", null);
    }

    /** After a reset: the password was changed and every session signed out; what to do if it was not them. */
    static MailMessage changed(String email, String firstName, Instant at, PracticeClock clock, String forgotPasswordUrl) {
        return new MailMessage(email, "Your Staffroom password was changed",
                "Hello " + firstName + ",\n\nThe password of your Staffroom account (" + email + ") was changed on "
                        + clock.dateTime(at) + " through a password reset link, and every session of the account was "
                        + "signed out.\nIf this was not you, choose a new password at " + forgotPasswordUrl
                        + " at once and tell your practice's administrator.\n", null);
    }
}
