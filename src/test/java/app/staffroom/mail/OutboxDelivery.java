package app.staffroom.mail;

import org.springframework.stereotype.Component;

/** Lets tests of other features deliver the outbox now instead of waiting for the scheduler. */
@Component
public class OutboxDelivery {

    private final OutboxSender sender;

    OutboxDelivery(OutboxSender sender) {
        this.sender = sender;
    }

    public void sendDue() {
        sender.sendDue();
    }
}
