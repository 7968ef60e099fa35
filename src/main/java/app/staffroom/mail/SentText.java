package app.staffroom.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A text message of the outbox as the development view lists it.
 *
 * @param recipient the number as people read it ({@code +1 415-555-0132})
 * @param text      what the phone received, its code hidden unless the viewer is its recipient; null when the
 *                  development gateway does not hold it (not sent yet, or sent before it restarted)
 */
public record SentText(UUID id, String recipient, @Nullable String text, OutboxStatus status, int attempts, Instant createdAt,
                       @Nullable Instant sentAt, @Nullable String lastError) {
}
