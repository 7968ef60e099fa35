package app.staffroom.profile;

import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;

/** The emails of an email change: the link to the new address, a notice to the old one. */
final class ProfileMail {

    private ProfileMail() {
    }

    /** The link to confirm the new address; it works until {@code expiresAt}, said in the practice's clock. */
    static MailMessage confirmNewAddress(String newEmail, String firstName, String link, Instant expiresAt, PracticeClock clock) {
        return new MailMessage(newEmail, "Confirm your new email address for Staffroom",
                "Hello " + firstName + ",\n\nPlease confirm that Staffroom should use this address from now on:\n\n"
                        + link + "\n\nThe link works until " + clock.dateTime(expiresAt)
                        + ". Until you follow it, your old address stays in use."
                        + "\nIf you did not ask for this, ignore this email.\n", null);
    }

    static MailMessage tellOldAddress(String oldEmail, String firstName, String newEmail) {
        return new MailMessage(oldEmail, "Your Staffroom email address is about to change",
                "Hello " + firstName + ",\n\nSomeone signed in as you asked to change your Staffroom email address to "
                        + newEmail + ". It changes once that address confirms it; until then this address stays in use."
                        + "\nIf this was not you, change your password and tell your practice's administrator.\n", null);
    }

    /** To an address that already has an account: someone asked to move another account to it; nothing changed. */
    static MailMessage addressAlreadyHasAnAccount(String email) {
        return new MailMessage(email, "Someone asked to use your email address on Staffroom",
                "Hello,\n\nSomeone signed in to Staffroom asked to use " + email + " for their account. This address "
                        + "already belongs to a Staffroom account, so nothing was changed and nothing needs to be done."
                        + "\nIf you asked for this yourself, sign in with this address instead: it is already yours.\n", null);
    }
}
