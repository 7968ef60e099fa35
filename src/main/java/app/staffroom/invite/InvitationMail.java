package app.staffroom.invite;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;
import org.springframework.web.util.HtmlUtils;

/** The emails of the invitation flow, in plain text and HTML. */
final class InvitationMail {

    private InvitationMail() {
    }

    /**
     * The invitation with its link, which works once and until {@code expiresAt}, said in the practice's
     * clock with its zone's short name ("3 Dec 2026, 09:15 AEDT").
     */
    static MailMessage invitation(String email, String firstName, String practice, String inviter, String link,
                                  Instant expiresAt, PracticeClock clock, AccessPeriod period) {
        String until = clock.dateTime(expiresAt);
        String access = access(period, clock);
        String text = "Hello " + firstName + ",\n\n" + inviter + " has invited you to join " + practice
                + " on Staffroom.\n\nAccept the invitation here:\n" + link
                + "\n\nThis link works once, until " + until + "." + (access.isEmpty() ? "" : "\n\n" + access)
                + "\n\nIf you did not expect this email, you can ignore it.\n";
        String html = "<p>Hello " + escape(firstName) + ",</p><p>" + escape(inviter) + " has invited you to join <strong>"
                + escape(practice) + "</strong> on Staffroom.</p><p><a href=\"" + escape(link)
                + "\">Accept the invitation</a></p><p>This link works once, until " + escape(until) + ".</p>"
                + (access.isEmpty() ? "" : "<p>" + escape(access) + "</p>")
                + "<p>If you did not expect this email, you can ignore it.</p>";
        return new MailMessage(email, inviter + " invited you to " + practice + " on Staffroom", text, html);
    }

    /** What the invited person should know of their access period, in the practice's days; empty without one. */
    private static String access(AccessPeriod period, PracticeClock clock) {
        String starts = period.startsOn() == null ? "" : "Your access starts on " + period.startText()
                + ": accept the invitation before the link expires, and sign in from that day.";
        String ends = period.endsOn() == null ? "" : "Your access ends " + period.endWords(clock.zone()) + ".";
        return (starts + " " + ends).strip();
    }

    static MailMessage code(String email, String practice, String code) {
        String text = "Your code to join " + practice + " on Staffroom: " + code
                + "\n\nIt is valid for 10 minutes. If you did not ask for it, someone may know your invitation link.\n";
        String html = "<p>Your code to join <strong>" + escape(practice) + "</strong> on Staffroom:</p><p style=\"font-size:24px\"><strong>"
                + code + "</strong></p><p>It is valid for 10 minutes.</p>";
        // The subject is kept readable in the outbox, so the code stays out of it.
        return new MailMessage(email, "Your Staffroom code to join " + practice, text, html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
