package app.staffroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/** The outbox gauges show what the outbox tables hold: unsent, failing, and how long the oldest has waited. */
@SpringBootTest
class OutboxMetricsTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    OutboxMetrics metrics;

    @Autowired
    MeterRegistry registry;

    @Autowired
    Outbox outbox;

    @Autowired
    DatabaseClient db;

    @Autowired
    Fixtures fixtures;

    private double gauge(String name) {
        return registry.get(name).tag("channel", "mail").gauge().value();
    }

    private long count(String where) {
        return db.sql("select count(*) from mail_outbox where " + where).map(row -> row.get(0, Long.class)).one().block(LIMIT);
    }

    @Test
    void pending_failed_and_the_oldest_age_follow_the_mail_outbox() {
        var clinic = fixtures.newClinic();
        outbox.enqueue(clinic.workspaceId(), new MailMessage("first@clinic.example", "Waiting", "text", null)).block(LIMIT);
        outbox.enqueue(clinic.workspaceId(), new MailMessage("second@clinic.example", "Failing", "text", null)).block(LIMIT);
        db.sql("update mail_outbox set created_at = now() - interval '2 hours', attempts = 3, last_error = 'connection refused' "
                + "where recipient = 'second@clinic.example' and workspace_id = :w").bind("w", clinic.workspaceId())
                .fetch().rowsUpdated().block(LIMIT);

        metrics.refresh().block(LIMIT);

        assertThat(gauge("staffroom.outbox.pending")).isEqualTo(count("status = 'PENDING'")).isGreaterThanOrEqualTo(2);
        assertThat(gauge("staffroom.outbox.failed"))
                .isEqualTo(count("status = 'FAILED' or (status = 'PENDING' and last_error is not null)"))
                .isGreaterThanOrEqualTo(1);
        assertThat(gauge("staffroom.outbox.oldest.age")).isGreaterThanOrEqualTo(2 * 3600);

        double pending = gauge("staffroom.outbox.pending");
        db.sql("update mail_outbox set status = 'SENT', sent_at = now(), sealed_body = null, key_id = null, "
                        + "body_text = null, body_html = null where workspace_id = :w")
                .bind("w", clinic.workspaceId()).fetch().rowsUpdated().block(LIMIT);
        metrics.refresh().block(LIMIT);

        assertThat(gauge("staffroom.outbox.pending")).isEqualTo(pending - 2).isEqualTo(count("status = 'PENDING'"));
        assertThat(gauge("staffroom.outbox.oldest.age")).isLessThan(2 * 3600);
    }
}
