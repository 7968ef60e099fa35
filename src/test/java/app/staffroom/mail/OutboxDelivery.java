package app.staffroom.mail;

import org.springframework.stereotype.Component;

/** Lets tests of other features deliver the outbox now instead of waiting for the scheduler. */
@Component
public class OutboxDelivery {

    private final OutboxSender sender;

    OutboxDelivery(OutboxSender sender) {
        this.sender = sender;
    }

    /** One pass of the sender, as the scheduler makes it. */
    public void sendDue() {
        sender.sendDue();
    }

    /** Delivers every message of this node that is due now. */
    public void sendAllDue() {
        while (sender.sendBatch() > 0) {
            // each pass takes at most 20
        }
    }
}
