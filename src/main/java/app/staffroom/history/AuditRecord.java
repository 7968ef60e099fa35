package app.staffroom.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One event of the audit trail as the audit screen shows it; before and after are JSON objects. */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, @Nullable String targetType,
                          @Nullable String target, @Nullable String before, @Nullable String after) {
}
