package app.staffroom.credential;

import app.staffroom.mail.MailMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The emails of the credential reminders, in plain text only: one to a provider about their own credentials,
 * and one to each Admin about the practice's. Days are the practice's ("3 Dec 2026").
 */
final class ReminderMail {

    /** An admin's email lists this many credentials at most, then says how many more there are. */
    static final int LISTED = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** One credential a reminder tells of. */
    record Line(String provider, String credential, LocalDate expiresOn, Standing standing) {

        String text() {
            return credential + (standing == Standing.LAPSED ? " lapsed on " + DATE.format(expiresOn.plusDays(1))
                    + " (it was valid until " + DATE.format(expiresOn) + ")" : " expires on " + DATE.format(expiresOn)
                    + " (valid until the end of that day)");
        }
    }

    private ReminderMail() {
    }

    static MailMessage toProvider(String email, String firstName, String practice, List<Line> lines, String profileLink) {
        boolean lapsed = lines.stream().anyMatch(line -> line.standing() == Standing.LAPSED);
        StringBuilder text = new StringBuilder("Hello " + firstName + ",\n\n");
        text.append(lapsed ? "Your credentials at " + practice + " need attention:\n\n"
                : "Your credentials at " + practice + " expire soon:\n\n");
        lines.forEach(line -> text.append("- ").append(line.text()).append('\n'));
        text.append("\nOnce renewed, enter the new expiry date (and the new document, if you have one) under My profile:\n")
                .append(profileLink).append('\n');
        String subject = lapsed ? "A credential of yours at " + practice + " has lapsed"
                : "Your credentials at " + practice + " expire soon";
        return new MailMessage(email, subject, text.toString(), html(text.toString()));
    }

    static MailMessage toAdmin(String email, String firstName, String practice, List<Line> lines, String listLink) {
        StringBuilder text = new StringBuilder("Hello " + firstName + ",\n\n");
        text.append("Credentials of providers at ").append(practice).append(" that expire soon or have lapsed:\n\n");
        lines.stream().limit(LISTED).forEach(line -> text.append("- ").append(line.provider()).append(": ")
                .append(line.text()).append('\n'));
        if (lines.size() > LISTED) {
            text.append("- and ").append(lines.size() - LISTED).append(" more\n");
        }
        text.append("\nThe full list is on the Credentials page:\n").append(listLink).append('\n');
        return new MailMessage(email, "Credentials at " + practice + ": " + lines.size() + " need attention",
                text.toString(), html(text.toString()));
    }

    private static String html(String text) {
        return "<pre style=\"font-family:inherit;white-space:pre-wrap\">" + HtmlUtils.htmlEscape(text) + "</pre>";
    }
}
