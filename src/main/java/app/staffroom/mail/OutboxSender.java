package app.staffroom.mail;

import app.staffroom.base.RepeatedFailures;
import app.staffroom.base.EmailAddresses;
import app.staffroom.security.ServerSecret;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: claims due messages for a while (so several nodes never send one twice at once),
 * sends them, and on failure tries again later, waiting longer each time (5 s, 10 s, 20 s … at most
 * 15 minutes). Runs on the scheduler's thread, never on a request or Reactor thread.
 */
@Component
class OutboxSender {

    private final RepeatedFailures polls = new RepeatedFailures(log, "Mail outbox");

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(15);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final DatabaseClient db;
    private final JavaMailSender mail;
    private final MailSettings settings;
    private final ServerSecret secret;
    private final Clock clock;

    OutboxSender(DatabaseClient db, JavaMailSender mail, MailSettings settings, ServerSecret secret, Clock clock) {
        this.db = db;
        this.mail = mail;
        this.settings = settings;
        this.secret = secret;
        this.clock = clock;
    }

    private record Due(UUID id, String recipient, String subject, SealedBody body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${staffroom.mail.poll-interval}")
    void sendDue() {
        polls.run(this::sendBatch);
    }

    /** Sends up to 20 due messages of this node's key; returns how many it took on. */
    int sendBatch() {
        Instant now = clock.instant();
        List<Due> due = db.sql("""
                        with due as (select id from mail_outbox
                                      where status = 'PENDING' and next_attempt_at <= :now
                                        and (key_id = :key or key_id is null)
                                      order by next_attempt_at limit 20 for update skip locked)
                        update mail_outbox m set next_attempt_at = :claimedUntil
                          from due where m.id = due.id
                        returning m.id, m.recipient, m.subject, m.sealed_body, m.body_text, m.body_html, m.attempts
                        """)
                .bind("now", now)
                .bind("key", secret.keyId())
                .bind("claimedUntil", now.plus(CLAIM))
                .map(row -> {
                    byte[] sealed = row.get("sealed_body", byte[].class);
                    // Mail queued before bodies were sealed is sent as it was kept, and erased like the rest.
                    SealedBody body = sealed != null ? SealedBody.open(secret, sealed)
                            : new SealedBody(String.valueOf(row.get("body_text", String.class)), row.get("body_html", String.class));
                    return new Due(row.get("id", UUID.class), row.get("recipient", String.class),
                            row.get("subject", String.class), body, row.get("attempts", Integer.class));
                })
                .all().collectList().block(TIME_LIMIT);
        if (due == null) {
            return 0;
        }
        for (Due message : due) {
            send(message);
        }
        return due.size();
    }

    private void send(Due message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            String html = message.body().html();
            MimeMessageHelper helper = new MimeMessageHelper(mime, html != null, "UTF-8");
            helper.setFrom(settings.from());
            // An internationalised domain travels as its A-labels (RFC 5891): "straße.de" as "xn--strae-oqa.de".
            helper.setTo(EmailAddresses.isValid(message.recipient()) ? EmailAddresses.forSending(message.recipient())
                    : message.recipient());
            helper.setSubject(message.subject());
            if (html != null) {
                helper.setText(message.body().text(), html);
            } else {
                helper.setText(message.body().text());
            }
            mime.setHeader(EmbeddedInbox.OUTBOX_ID_HEADER, message.id().toString());
            mail.send(mime);
            db.sql("""
                            update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
                                   sealed_body = null, key_id = null, body_text = null, body_html = null
                             where id = :id""")
                    .bind("now", clock.instant()).bind("id", message.id())
                    .fetch().rowsUpdated().block(TIME_LIMIT);
        } catch (MailException | MessagingException e) {
            Duration wait = retryAfter(message.attempts() + 1);
            log.warn("Mail to {} not sent (attempt {}), trying again in {}: {}", message.recipient(),
                    message.attempts() + 1, wait, e.getMessage());
            db.sql("""
                            update mail_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                             where id = :id""")
                    .bind("next", clock.instant().plus(wait))
                    .bind("error", String.valueOf(e.getMessage()))
                    .bind("id", message.id())
                    .fetch().rowsUpdated().block(TIME_LIMIT);
        }
    }

    static Duration retryAfter(int failedAttempts) {
        if (failedAttempts >= 20) {
            return LONGEST_RETRY;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.max(0, failedAttempts - 1));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
