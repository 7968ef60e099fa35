package app.staffroom.mail;

import java.time.Duration;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * A phone as tests see it: delivers the text outbox to the development gateway now instead of waiting for the
 * scheduler, and reads what a number received, since the outbox itself keeps no readable body.
 */
@Component
public class TextDelivery {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final TextOutboxSender sender;
    private final DevelopmentTexts gateway;
    private final DatabaseClient db;

    TextDelivery(TextOutboxSender sender, DevelopmentTexts gateway, DatabaseClient db) {
        this.sender = sender;
        this.gateway = gateway;
        this.db = db;
    }

    /** Delivers every message of this node that is due now. */
    public void sendAllDue() {
        while (sender.sendBatch() > 0) {
            // each pass takes at most 20
        }
    }

    /** Every text {@code mobile} (E.164) received, oldest first, after delivering everything due. */
    public List<String> allTo(String mobile) {
        sendAllDue();
        return db.sql("select gateway_id from sms_outbox where recipient = :to and status = 'SENT' order by sent_at, id")
                .bind("to", mobile).map(row -> row.get(0, String.class)).all()
                .map(gateway::text).collectList().block(LIMIT);
    }

    /** The latest text {@code mobile} received. */
    public String latestTo(String mobile) {
        List<String> all = allTo(mobile);
        if (all.isEmpty()) {
            throw new AssertionError("No text message to " + mobile);
        }
        return all.getLast();
    }

    /** The six-digit code in the latest text {@code mobile} received. */
    public String code(String mobile) {
        var code = java.util.regex.Pattern.compile("\\b([0-9]{6})\\b").matcher(latestTo(mobile));
        if (!code.find()) {
            throw new AssertionError("No code in the latest text message to " + mobile);
        }
        return code.group(1);
    }
}
