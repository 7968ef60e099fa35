package app.staffroom.testing;

import app.staffroom.mail.OutboxDelivery;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * A person's inbox: delivers the outbox to the embedded SMTP server and reads what it received, since the
 * outbox itself keeps no readable body. The latest message to an address, and the links and codes in it.
 */
@Component
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");
    private static final Pattern EMAIL_CHANGE_LINK = Pattern.compile("/profile/email/([A-Za-z0-9_-]+)");
    private static final Pattern RESET_LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final DatabaseClient db;
    private final OutboxDelivery delivery;
    private final GreenMail smtp;

    public Mailbox(DatabaseClient db, OutboxDelivery delivery, GreenMail smtp) {
        this.db = db;
        this.delivery = delivery;
        this.smtp = smtp;
    }

    /** The plain text of the latest message to {@code recipient}, after delivering everything due. */
    public String latestTo(String recipient) {
        List<MimeMessage> received = allTo(recipient);
        if (received.isEmpty()) {
            throw new AssertionError("No mail to " + recipient);
        }
        return plainText(received.getLast());
    }

    /** Every message delivered to {@code recipient}, oldest first, after delivering everything due. */
    public List<MimeMessage> allTo(String recipient) {
        delivery.sendAllDue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, recipient)).toList();
    }

    /** How many messages to {@code recipient} were queued (delivered or not). */
    public long countTo(String recipient) {
        return db.sql("select count(*) from mail_outbox where lower(recipient) = lower(:r)")
                .bind("r", recipient).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    public String invitationToken(String recipient) {
        Matcher link = LINK.matcher(latestTo(recipient));
        if (!link.find()) {
            throw new AssertionError("No invitation link in the latest mail to " + recipient);
        }
        return link.group(1);
    }

    /** The token of the email-change confirmation link in the latest mail to {@code recipient}. */
    public String emailChangeToken(String recipient) {
        Matcher link = EMAIL_CHANGE_LINK.matcher(latestTo(recipient));
        if (!link.find()) {
            throw new AssertionError("No confirmation link in the latest mail to " + recipient);
        }
        return link.group(1);
    }

    /** The token of the password reset link in the latest mail to {@code recipient}. */
    public String resetToken(String recipient) {
        Matcher link = RESET_LINK.matcher(latestTo(recipient));
        if (!link.find()) {
            throw new AssertionError("No password reset link in the latest mail to " + recipient);
        }
        return link.group(1);
    }

    public String code(String recipient) {
        Matcher code = CODE.matcher(latestTo(recipient));
        if (!code.find()) {
            throw new AssertionError("No code in the latest mail to " + recipient);
        }
        return code.group(1);
    }

    public static String uniqueEmail() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
    }

    public static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
