package app.staffroom.invite;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** The emails of the invitation flow, in plain text and HTML. */
final class InvitationMail {

    private InvitationMail() {
    }

    /**
     * The invitation with its link, which works once and until {@code expiresAt}, said in the practice's
     * clock with its zone's short name ("3 Dec 2026, 09:15 AEDT"), in {@code language} (the invited person's choice,
     * else the inviter's; see {@link app.staffroom.security.LanguageChoice}).
     */
    static MailMessage invitation(String email, String firstName, String practice, String inviter, String link,
                                  Instant expiresAt, PracticeClock clock, AccessPeriod period, Locale language) {
        String until = clock.dateTime(expiresAt, language);
        String access = access(period, clock, language);
        String hello = say(language, "invite.mail.hello", firstName);
        String invited = say(language, "invite.mail.invited", inviter, practice);
        String works = say(language, "invite.mail.linkWorks", until);
        String ignore = say(language, "invite.mail.ignore");
        String text = hello + "\n\n" + invited + "\n\n" + say(language, "invite.mail.acceptHere") + "\n" + link
                + "\n\n" + works + (access.isEmpty() ? "" : "\n\n" + access) + "\n\n" + ignore + "\n";
        String html = "<p>" + escape(hello) + "</p><p>" + escape(invited) + "</p><p><a href=\"" + escape(link)
                + "\">" + escape(say(language, "invite.mail.accept")) + "</a></p><p>" + escape(works) + "</p>"
                + (access.isEmpty() ? "" : "<p>" + escape(access) + "</p>")
                + "<p>" + escape(ignore) + "</p>";
        return new MailMessage(email, say(language, "invite.mail.subject", inviter, practice), text, html);
    }

    /** What the invited person should know of their access period, in the practice's days; empty without one. */
    private static String access(AccessPeriod period, PracticeClock clock, Locale language) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Languages.supported(language));
        String starts = period.startsOn() == null ? "" : say(language, "invite.mail.accessStarts", day.format(period.startsOn()));
        String ends = period.endsOn() == null ? "" : period.endsAt() == null
                ? say(language, "invite.mail.accessEnds", day.format(period.endsOn()))
                : say(language, "invite.mail.accessEndsAt", day.format(period.endsOn()), period.endsAt().toString(),
                        DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(period.endsOn().atTime(period.endsAt()).atZone(clock.zone())));
        return (starts + " " + ends).strip();
    }

    /** The code to join, in {@code language} (as for {@link #invitation}). */
    static MailMessage code(String email, String practice, String code, Locale language) {
        String text = say(language, "invite.mail.code", practice, code) + "\n\n" + say(language, "invite.mail.codeValid") + "\n";
        String html = "<p>" + escape(say(language, "invite.mail.code", practice, "")).strip() + "</p><p style=\"font-size:24px\"><strong>"
                + code + "</strong></p><p>" + escape(say(language, "invite.mail.codeValidShort")) + "</p>";
        // The subject is kept readable in the outbox, so the code stays out of it.
        return new MailMessage(email, say(language, "invite.mail.codeSubject", practice), text, html);
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
