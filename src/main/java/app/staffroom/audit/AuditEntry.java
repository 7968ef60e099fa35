package app.staffroom.audit;

import app.staffroom.security.Actor;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * An entry that keeps only the fields whose values differ between {@code before} and {@code after};
     * a field missing on one side counts as empty there.
     */
    public static AuditEntry changes(Actor actor, String action, String targetType, UUID targetId, String targetLabel,
                                     Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changedBefore.put(field, old == null ? "" : old);
                changedAfter.put(field, now == null ? "" : now);
            }
        }
        return new AuditEntry(actor, action, targetType, targetId, targetLabel, changedBefore, changedAfter);
    }
}
