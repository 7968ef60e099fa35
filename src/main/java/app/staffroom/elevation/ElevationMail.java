package app.staffroom.elevation;

import app.staffroom.base.Messages;
import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;
import java.util.Locale;

/**
 * The email to a practice's owner and Admins when an elevation starts, in each one's language and the practice's
 * clock.
 */
final class ElevationMail {

    private ElevationMail() {
    }

    static MailMessage started(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, Elevation elevation) {
        Locale language = admin.language();
        return new MailMessage(admin.email(), say(language, "elevation.mail.subject", elevation.teammateName(),
                        elevation.roleName(), practice.name()),
                say(language, "elevation.mail.hello", admin.firstName()) + "\n\n"
                        + say(language, "elevation.mail.gave", elevation.grantedBy(), elevation.teammateName(),
                                elevation.roleName(), practice.name(), practice.clock().dateTime(elevation.startsAt(), language),
                                practice.clock().dateTime(elevation.endsAt(), language), elevation.previousRoleName())
                        + "\n\n" + say(language, "elevation.mail.reason", elevation.reason())
                        + "\n\n" + say(language, "elevation.mail.end", elevation.previousRoleName()) + "\n", null);
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
