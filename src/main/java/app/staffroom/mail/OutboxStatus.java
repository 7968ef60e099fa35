package app.staffroom.mail;

/** Where a queued email or text message stands: waiting to go out (or to be retried), gone out, or given up on. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
