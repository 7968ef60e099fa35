package app.staffroom.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the development view lists it; {@code text} is what the embedded mail server received,
 * null until it has been delivered there.
 */
public record SentMail(UUID id, String recipient, String subject, @Nullable String text, OutboxStatus status, int attempts,
                       Instant createdAt, @Nullable Instant sentAt, @Nullable String lastError) {
}
