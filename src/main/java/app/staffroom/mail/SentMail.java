package app.staffroom.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message of the outbox as the development view lists it. */
public record SentMail(UUID id, String recipient, String subject, String text, OutboxStatus status, int attempts,
                       Instant createdAt, @Nullable Instant sentAt, @Nullable String lastError) {
}
