package app.staffroom.history;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event of the audit trail as the audit screen shows it, worded in the language it was read in.
 *
 * @param actor       who did it (see {@link AuditWording#actor})
 * @param action      the action's code, for example LOCATION_ARCHIVED
 * @param actionLabel the action as a phrase (see {@link AuditWording#action})
 * @param target      what it was done to (see {@link AuditWording#target})
 * @param changes     each recorded field with its value before and after
 * @param before      the values before, as the JSON object that was recorded (for exports)
 * @param after       the values after, likewise
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String actionLabel,
                          @Nullable String targetType, @Nullable String target, List<AuditWording.FieldChange> changes,
                          @Nullable String before, @Nullable String after) {
}
