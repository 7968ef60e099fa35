package app.staffroom.factor;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One passkey as its owner sees it.
 *
 * @param id       the credential id, URL-safe Base64 without padding
 * @param label    the name the person gave it
 * @param lastUsed when it last signed the person in; null when never
 */
public record PasskeySummary(String id, String label, java.time.Instant created, @Nullable Instant lastUsed) {
}
