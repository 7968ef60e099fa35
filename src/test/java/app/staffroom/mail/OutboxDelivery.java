package app.staffroom.mail;

import org.springframework.stereotype.Component;

/** Lets tests of other features deliver the outbox now instead of waiting for the scheduler. */
@Component
public class OutboxDelivery {

    private final OutboxSender sender;

    OutboxDelivery(OutboxSender sender) {
        this.sender = sender;
    }

    /**
     * Sends everything of this node that is due, batch after batch: the sender takes a few messages at a
     * time, and other tests leave theirs in the shared outbox. A message whose sending fails is due again
     * only later.
     */
    public void sendDue() {
        sendAllDue();
    }

    /** Delivers every message of this node that is due now. */
    public void sendAllDue() {
        while (sender.sendBatch() > 0) {
            // each pass takes at most 20
        }
    }
}
