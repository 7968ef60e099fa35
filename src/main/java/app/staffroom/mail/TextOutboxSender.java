package app.staffroom.mail;

import app.staffroom.base.RepeatedFailures;
import app.staffroom.security.ServerSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the text outbox to the SMS gateway as {@link OutboxSender} does for mail: claims due messages for a while
 * (so several nodes never send one twice at once), sends them, and on failure tries again later with the same
 * growing wait (5 s, 10 s, 20 s … at most 15 minutes). The log names the number's last digits and the gateway's
 * reason, never the text. Runs on the scheduler's thread, never on a request or Reactor thread.
 */
@Component
class TextOutboxSender {

    private final RepeatedFailures polls = new RepeatedFailures(log, "Text message outbox");

    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(TextOutboxSender.class);

    private final DatabaseClient db;
    private final SmsGateway gateway;
    private final ServerSecret secret;
    private final Clock clock;

    TextOutboxSender(DatabaseClient db, SmsGateway gateway, ServerSecret secret, Clock clock) {
        this.db = db;
        this.gateway = gateway;
        this.secret = secret;
        this.clock = clock;
    }

    private record Due(UUID id, String recipient, String text, int attempts) {
    }

    @Scheduled(fixedDelayString = "${staffroom.sms.poll-interval}")
    void sendDue() {
        polls.run(this::sendBatch);
    }

    /** Sends up to 20 due messages of this node's key; returns how many it took on. */
    int sendBatch() {
        Instant now = clock.instant();
        List<Due> due = db.sql("""
                        with due as (select id from sms_outbox
                                      where status = 'PENDING' and next_attempt_at <= :now and key_id = :key
                                      order by next_attempt_at limit 20 for update skip locked)
                        update sms_outbox m set next_attempt_at = :claimedUntil
                          from due where m.id = due.id
                        returning m.id, m.recipient, m.sealed_body, m.attempts
                        """)
                .bind("now", now).bind("key", secret.keyId()).bind("claimedUntil", now.plus(CLAIM))
                .map(row -> new Due(row.get("id", UUID.class), row.get("recipient", String.class),
                        SealedBody.open(secret, row.get("sealed_body", byte[].class)).text(),
                        row.get("attempts", Integer.class)))
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
        String gatewayId;
        String failure;
        try {
            gatewayId = gateway.send(message.recipient(), message.text());
            failure = null;
        } catch (SmsNotSentException refused) {
            gatewayId = null;
            failure = refused.getMessage();
        } catch (RuntimeException unexpected) {
            // Its text could quote the message: only its kind is kept.
            gatewayId = null;
            failure = "The SMS gateway failed (" + unexpected.getClass().getSimpleName() + ")";
        }
        if (failure == null) {
            db.sql("""
                            update sms_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
                                   sealed_body = null, key_id = null, gateway_id = :gateway
                             where id = :id""")
                    .bind("now", clock.instant()).bind("gateway", gatewayId).bind("id", message.id())
                    .fetch().rowsUpdated().block(TIME_LIMIT);
            return;
        }
        Duration wait = OutboxSender.retryAfter(message.attempts() + 1);
        log.warn("Text message to the number ending in {} not sent (attempt {}), trying again in {}: {}",
                lastDigits(message.recipient()), message.attempts() + 1, wait, failure);
        db.sql("update sms_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error where id = :id")
                .bind("next", clock.instant().plus(wait))
                .bind("error", failure.length() > 500 ? failure.substring(0, 500) : failure)
                .bind("id", message.id())
                .fetch().rowsUpdated().block(TIME_LIMIT);
    }

    private static String lastDigits(String e164) {
        return e164.substring(Math.max(0, e164.length() - 3));
    }

}
