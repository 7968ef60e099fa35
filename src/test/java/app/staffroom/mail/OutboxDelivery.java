package app.staffroom.mail;

import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Lets tests of other features deliver the outbox now instead of waiting for the scheduler. */
@Component
public class OutboxDelivery {

    private static final int MOST_BATCHES = 100;

    private final OutboxSender sender;
    private final DatabaseClient db;

    OutboxDelivery(OutboxSender sender, DatabaseClient db) {
        this.sender = sender;
        this.db = db;
    }

    /**
     * Sends everything that is due, batch after batch: the sender takes a few messages at a time, and other
     * tests leave theirs in the shared outbox. A message whose sending fails is due again only later.
     */
    public void sendDue() {
        for (int batch = 0; batch < MOST_BATCHES && due() > 0; batch++) {
            sender.sendDue();
        }
    }

    private long due() {
        return db.sql("select count(*) from mail_outbox where status = 'PENDING' and next_attempt_at <= now()")
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }
}
