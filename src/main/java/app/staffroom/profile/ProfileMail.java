package app.staffroom.profile;

import app.staffroom.base.Messages;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;
import java.util.Locale;

/** The emails of an email change, each in {@code language}: the link to the new address, a notice to the old one. */
final class ProfileMail {

    private ProfileMail() {
    }

    /** The link to confirm the new address; it works until {@code expiresAt}, said in the practice's clock. */
    static MailMessage confirmNewAddress(String newEmail, String firstName, String link, Instant expiresAt, PracticeClock clock,
                                         Locale language) {
        return new MailMessage(newEmail, say(language, "profile.mail.confirmSubject"),
                say(language, "profile.mail.hello", firstName) + "\n\n" + say(language, "profile.mail.confirm") + "\n\n"
                        + link + "\n\n" + say(language, "profile.mail.linkWorks", clock.dateTime(expiresAt, language))
                        + "\n" + say(language, "profile.mail.ignore") + "\n", null);
    }

    static MailMessage tellOldAddress(String oldEmail, String firstName, String newEmail, Locale language) {
        return new MailMessage(oldEmail, say(language, "profile.mail.aboutToChangeSubject"),
                say(language, "profile.mail.hello", firstName) + "\n\n" + say(language, "profile.mail.aboutToChange", newEmail)
                        + "\n" + say(language, "profile.mail.notYou") + "\n", null);
    }

    /** To an address that already has an account: someone asked to move another account to it; nothing changed. */
    static MailMessage addressAlreadyHasAnAccount(String email, Locale language) {
        return new MailMessage(email, say(language, "profile.mail.alreadyYoursSubject"),
                say(language, "profile.mail.helloNoName") + "\n\n" + say(language, "profile.mail.alreadyYours", email)
                        + "\n" + say(language, "profile.mail.signInInstead") + "\n", null);
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
