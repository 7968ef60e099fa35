package app.staffroom.credential;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import app.staffroom.mail.MailMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The emails of the credential reminders, in plain text only: one to a provider about their own credentials,
 * and one to each Admin about the practice's, each in its recipient's language. Days are the practice's
 * ("3 Dec 2026").
 */
final class ReminderMail {

    /** An admin's email lists this many credentials at most, then says how many more there are. */
    static final int LISTED = 50;

    /**
     * One credential a reminder tells of.
     *
     * @param customType the name of a {@link CredentialType#CUSTOM} credential's type; null for the others
     */
    record Line(String provider, CredentialType type, @Nullable String customType, @Nullable String number,
                LocalDate expiresOn, Standing standing) {

        String text(Locale language) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Languages.supported(language));
            String credential = (type == CredentialType.CUSTOM ? customType : Messages.label(type, language)) + " " + number;
            return standing == Standing.LAPSED
                    ? say(language, "credential.mail.lapsedOn", credential, day.format(expiresOn.plusDays(1)), day.format(expiresOn))
                    : say(language, "credential.mail.expiresOn", credential, day.format(expiresOn));
        }
    }

    private ReminderMail() {
    }

    static MailMessage toProvider(String email, String firstName, Locale language, String practice, List<Line> lines,
                                  String profileLink) {
        boolean lapsed = lines.stream().anyMatch(line -> line.standing() == Standing.LAPSED);
        StringBuilder text = new StringBuilder(say(language, "credential.mail.hello", firstName) + "\n\n");
        text.append(say(language, lapsed ? "credential.mail.yoursNeedAttention" : "credential.mail.yoursExpireSoon", practice))
                .append("\n\n");
        lines.forEach(line -> text.append("- ").append(line.text(language)).append('\n'));
        text.append('\n').append(say(language, "credential.mail.renewed")).append('\n').append(profileLink).append('\n');
        String subject = say(language, lapsed ? "credential.mail.lapsedSubject" : "credential.mail.expireSoonSubject", practice);
        return new MailMessage(email, subject, text.toString(), html(text.toString()));
    }

    static MailMessage toAdmin(String email, String firstName, Locale language, String practice, List<Line> lines,
                               String listLink) {
        StringBuilder text = new StringBuilder(say(language, "credential.mail.hello", firstName) + "\n\n");
        text.append(say(language, "credential.mail.practiceCredentials", practice)).append("\n\n");
        lines.stream().limit(LISTED).forEach(line -> text.append("- ").append(line.provider()).append(": ")
                .append(line.text(language)).append('\n'));
        if (lines.size() > LISTED) {
            text.append("- ").append(say(language, "credential.mail.more", lines.size() - LISTED)).append('\n');
        }
        text.append('\n').append(say(language, "credential.mail.fullList")).append('\n').append(listLink).append('\n');
        return new MailMessage(email, say(language, "credential.mail.adminSubject", practice, lines.size()),
                text.toString(), html(text.toString()));
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }

    private static String html(String text) {
        return "<pre style=\"font-family:inherit;white-space:pre-wrap\">" + HtmlUtils.htmlEscape(text) + "</pre>";
    }
}
