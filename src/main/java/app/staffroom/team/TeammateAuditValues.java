package app.staffroom.team;

import app.staffroom.audit.AuditEntry;
import app.staffroom.base.AccessPeriod;
import app.staffroom.security.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** What the audit trail keeps of a teammate change: the fields an administrator changes, before and after. */
final class TeammateAuditValues {

    private TeammateAuditValues() {
    }

    static AuditEntry changes(Actor actor, String action, TeammateDetails before, TeammateDetails after) {
        return AuditEntry.changes(actor, action, "TEAMMATE", after.id(), after.fullName(), auditValues(before),
                auditValues(after));
    }

    private static Map<String, Object> auditValues(TeammateDetails teammate) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", teammate.status().name());
        values.put("role", teammate.roleName());
        values.put("locations", new TreeSet<>(teammate.locationNames()));
        values.put("defaultLocation", teammate.locationNames().isEmpty() ? "" : teammate.locationNames().getFirst());
        values.put("worksAsProvider", teammate.worksAsProvider());
        values.put("deactivationReason", String.valueOf(teammate.deactivationReason()));
        AccessPeriod period = teammate.accessPeriod();
        values.put("accessStarts", period.startText());
        values.put("accessEnds", period.endText());
        return values;
    }
}
