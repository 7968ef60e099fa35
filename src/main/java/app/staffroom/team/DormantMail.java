package app.staffroom.team;

import app.staffroom.base.Messages;
import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The emails of the dormant-account rule, each in its recipient's language, with every moment in the practice's
 * clock.
 */
final class DormantMail {

    private static final int NAMES_LISTED = 20;

    private DormantMail() {
    }

    static MailMessage warning(String email, String firstName, Locale language, PracticeRecipients.Practice practice,
                               int days, Instant from) {
        return new MailMessage(email, say(language, "team.mail.dormant.subject", practice.name()),
                say(language, "team.mail.hello", firstName) + "\n\n"
                        + say(language, "team.mail.dormant.notSignedIn", practice.name(), days,
                                practice.clock().dateTime(from, language))
                        + "\n\n" + say(language, "team.mail.dormant.keep") + "\n", null);
    }

    static MailMessage warnedDigest(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, int days,
                                    List<String> names) {
        Locale language = admin.language();
        return new MailMessage(admin.email(), say(language, "team.mail.dormant.warnedSubject", practice.name(), names.size()),
                say(language, "team.mail.hello", admin.firstName()) + "\n\n"
                        + say(language, "team.mail.dormant.warned", practice.name(),
                                days - DormancyRules.WARNING.toDays(), DormancyRules.WARNING.toDays())
                        + "\n\n" + listed(names, language) + "\n" + say(language, "team.mail.dormant.exempt") + "\n", null);
    }

    static MailMessage deactivatedDigest(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, int days,
                                         List<String> names) {
        Locale language = admin.language();
        return new MailMessage(admin.email(),
                say(language, "team.mail.dormant.deactivatedSubject", practice.name(), names.size()),
                say(language, "team.mail.hello", admin.firstName()) + "\n\n"
                        + say(language, "team.mail.dormant.deactivated", practice.name(), days) + "\n\n"
                        + listed(names, language) + "\n" + say(language, "team.mail.dormant.reactivate") + "\n", null);
    }

    private static String listed(List<String> names, Locale language) {
        StringBuilder text = new StringBuilder();
        names.stream().limit(NAMES_LISTED).forEach(name -> text.append("- ").append(name).append('\n'));
        if (names.size() > NAMES_LISTED) {
            text.append("- ").append(say(language, "team.mail.dormant.more", names.size() - NAMES_LISTED)).append('\n');
        }
        return text.toString();
    }

    static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
