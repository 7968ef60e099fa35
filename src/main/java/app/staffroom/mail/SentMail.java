package app.staffroom.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the development view lists it; {@code text} is what the embedded mail server received,
 * null while the server does not hold it: not delivered yet, or delivered
 * before it restarted (it keeps mail only while it runs).
 */
public record SentMail(UUID id, String recipient, String subject, @Nullable String text, OutboxStatus status, int attempts,
                       Instant createdAt, @Nullable Instant sentAt, @Nullable String lastError) {
}
