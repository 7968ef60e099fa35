package app.staffroom.mail;

import org.jspecify.annotations.Nullable;

/** An email to send: plain text always, HTML as well when given. */
public record MailMessage(String recipient, String subject, String text, @Nullable String html) {
}
