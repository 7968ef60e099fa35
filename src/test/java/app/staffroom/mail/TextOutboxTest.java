package app.staffroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.ServerSecret;
import app.staffroom.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.r2dbc.core.DatabaseClient;

/** Text messages through the outbox: sealed while they wait, erased once sent, kept through a gateway outage. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
public class TextOutboxTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    TextOutbox outbox;

    @Autowired
    TextDelivery phones;

    @Autowired
    DatabaseClient db;

    @Autowired
    ServerSecret secret;

    @Autowired
    Clock clock;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_queued_message_waits_sealed_and_nothing_of_it_stays_readable_once_sent() {
        String to = uniqueMobile();
        outbox.enqueue(fixtures.newClinic().workspaceId(), null, new TextMessage(to, "381924 is your code")).block(LIMIT);

        Map<String, Object> waiting = row(to);
        assertThat(waiting).containsEntry("status", "PENDING");
        assertThat(new String((byte[]) waiting.get("sealed"), StandardCharsets.ISO_8859_1)).doesNotContain("381924");

        assertThat(phones.latestTo(to)).isEqualTo("381924 is your code");
        Map<String, Object> sent = row(to);
        assertThat(sent).containsEntry("status", "SENT").containsEntry("sealed", null).containsEntry("attempts", 1);
        assertThat((String) sent.get("gateway")).startsWith("dev-");
    }

    @Test
    void while_the_gateway_is_down_a_message_waits_and_goes_out_once_it_is_back(CapturedOutput log) {
        String to = uniqueMobile();
        outbox.enqueue(fixtures.newClinic().workspaceId(), null, new TextMessage(to, "572910 is your code")).block(LIMIT);
        AtomicInteger tries = new AtomicInteger();
        SmsGateway down = (number, text) -> {
            tries.incrementAndGet();
            throw new SmsNotSentException("Twilio answered HTTP 503");
        };

        new TextOutboxSender(db, down, secret, clock).sendBatch();

        assertThat(tries).hasValue(1);
        Map<String, Object> waiting = row(to);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("error", "Twilio answered HTTP 503");
        assertThat((Boolean) waiting.get("later")).as("retried later, not at once").isTrue();
        assertThat(log.getAll()).contains("Text message to the number ending in " + to.substring(to.length() - 3))
                .doesNotContain("572910").doesNotContain(to);

        db.sql("update sms_outbox set next_attempt_at = now() where recipient = :to").bind("to", to)
                .fetch().rowsUpdated().block(LIMIT);
        assertThat(phones.allTo(to)).containsExactly("572910 is your code");
        assertThat(row(to)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void a_gateway_failing_in_an_unforeseen_way_keeps_the_message_and_only_the_kind_of_failure() {
        String to = uniqueMobile();
        outbox.enqueue(fixtures.newClinic().workspaceId(), null, new TextMessage(to, "118822 is your code")).block(LIMIT);
        SmsGateway broken = (number, text) -> {
            throw new IllegalStateException("could not send " + text);
        };

        new TextOutboxSender(db, broken, secret, clock).sendBatch();

        assertThat(row(to)).containsEntry("status", "PENDING")
                .containsEntry("error", "The SMS gateway failed (IllegalStateException)");
    }

    private Map<String, Object> row(String to) {
        return db.sql("""
                        select status, attempts, sealed_body, gateway_id, last_error,
                               next_attempt_at > now() + interval '2 seconds' as later
                          from sms_outbox where recipient = :to
                        """)
                .bind("to", to)
                .map(row -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("status", row.get("status", String.class));
                    values.put("attempts", row.get("attempts", Integer.class));
                    values.put("sealed", row.get("sealed_body", byte[].class));
                    values.put("gateway", row.get("gateway_id", String.class));
                    values.put("error", row.get("last_error", String.class));
                    values.put("later", row.get("later", Boolean.class));
                    return values;
                })
                .one().block(LIMIT);
    }

    /** A valid Australian mobile number (0412 …) that no other test is likely to use. */
    public static String uniqueMobile() {
        return "+61412" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
