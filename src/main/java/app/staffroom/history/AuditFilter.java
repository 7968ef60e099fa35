package app.staffroom.history;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which audit events to show: parts of the actor's and target's names, one action, a date range (inclusive). */
public record AuditFilter(String actor, String target, @Nullable String action, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static AuditFilter everything() {
        return new AuditFilter("", "", null, null, null);
    }
}
