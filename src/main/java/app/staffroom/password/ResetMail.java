package app.staffroom.password;

import app.staffroom.base.Messages;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The emails of a password reset: the link, and the notice that the password was changed, in {@code language} (the
 * person's, else that of the administrator who sent the link, else English).
 */
final class ResetMail {

    private ResetMail() {
    }

    /**
     * The link to choose a new password; it works once, until {@code expiresAt} (said in the practice's clock).
     * {@code sentBy} names the administrator who sent it, null when the person asked for it.
     */
    static MailMessage link(String email, String firstName, String link, Instant expiresAt, PracticeClock clock,
                            @Nullable String sentBy, Locale language) {
        String why = sentBy == null ? say(language, "password.mail.someoneAsked", email)
                : say(language, "password.mail.adminSent", sentBy, email);
        return new MailMessage(email, say(language, "password.mail.linkSubject"),
                say(language, "password.mail.hello", firstName) + "\n\n" + why + " " + say(language, "password.mail.openLink")
                        + "\n\n" + link + "\n\n" + say(language, "password.mail.linkWorks", clock.dateTime(expiresAt, language))
                        + "\n" + say(language, "password.mail.ignore") + "\n", null);
    }

    /** After a reset: the password was changed and every session signed out; what to do if it was not them. */
    static MailMessage changed(String email, String firstName, Instant at, PracticeClock clock, String forgotPasswordUrl,
                               Locale language) {
        return new MailMessage(email, say(language, "password.mail.changedSubject"),
                say(language, "password.mail.hello", firstName) + "\n\n"
                        + say(language, "password.mail.changed", email, clock.dateTime(at, language)) + "\n"
                        + say(language, "password.mail.notYou", forgotPasswordUrl) + "\n", null);
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
