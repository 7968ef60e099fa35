package app.staffroom.audit;

import app.staffroom.security.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * One change for the audit trail: who did what to which target, with the values before and after
 * (only the fields that changed).
 */
public record AuditEntry(
        Actor actor,
        String action,
        String targetType,
        UUID targetId,
        String targetLabel,
        Map<String, ?> before,
        Map<String, ?> after) {
}
