package app.staffroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.ServerSecret;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Mailbox;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.r2dbc.core.DatabaseClient;

/** The outbox through a real SMTP server (the embedded one), and through one that is down. */
@SpringBootTest
class OutboxSenderTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery sender;

    @Autowired
    GreenMail smtp;

    @Autowired
    DatabaseClient db;

    @Autowired
    MailSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    ServerSecret secret;

    @Autowired
    Fixtures fixtures;

    @Test
    void queued_mail_is_delivered_as_plain_text_and_html() throws Exception {
        String to = Mailbox.uniqueEmail();
        outbox.enqueue(fixtures.newClinic().workspaceId(), new MailMessage(to, "Welcome", "Plain words", "<p>Rich words</p>"))
                .block(LIMIT);

        sender.sendDue();

        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(to)).findFirst().orElseThrow();
        assertThat(received.getSubject()).isEqualTo("Welcome");
        assertThat(received.getContentType()).startsWith("multipart/");
        assertThat(status(to)).containsEntry("status", "SENT");
    }

    @Test
    void while_smtp_is_down_mail_waits_and_goes_out_once_it_is_back() {
        String to = Mailbox.uniqueEmail();
        outbox.enqueue(fixtures.newClinic().workspaceId(), new MailMessage(to, "Invitation", "Come in", null)).block(LIMIT);
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1);

        new OutboxSender(db, down, settings, secret, clock).sendDue();

        Map<String, Object> waiting = status(to);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((Boolean) waiting.get("later")).as("retried later, not at once").isTrue();
        assertThat(waiting.get("error")).isNotNull();

        db.sql("update mail_outbox set next_attempt_at = now() where recipient = :to").bind("to", to)
                .fetch().rowsUpdated().block(LIMIT);
        sender.sendDue();

        assertThat(status(to)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipient(message).equals(to))).hasSize(1);
    }

    @Test
    void each_failure_waits_twice_as_long_up_to_fifteen_minutes() {
        assertThat(OutboxSender.retryAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(OutboxSender.retryAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(OutboxSender.retryAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(OutboxSender.retryAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutboxSender.retryAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    private Map<String, Object> status(String to) {
        return db.sql("select status, attempts, next_attempt_at > now() + interval '2 seconds' as later, last_error "
                        + "from mail_outbox where recipient = :to")
                .bind("to", to)
                .map(row -> {
                    HashMap<String, Object> values = new HashMap<>();
                    values.put("status", row.get("status", String.class));
                    values.put("attempts", row.get("attempts", Integer.class));
                    values.put("later", row.get("later", Boolean.class));
                    values.put("error", row.get("last_error", String.class));
                    return (Map<String, Object>) values;
                })
                .one().block(LIMIT);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
