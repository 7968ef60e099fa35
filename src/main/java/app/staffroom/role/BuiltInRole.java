package app.staffroom.role;

import static app.staffroom.role.Permission.*;

import app.staffroom.base.Messages;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The roles every workspace starts with, and what each may do until an admin changes it. A practice's role keeps
 * the English name and description it was seeded with ({@link #displayName()}, {@link #description()}); while the
 * practice has not renamed or re-described it, screens show them in the reader's language instead.
 */
public enum BuiltInRole {
    ADMIN("Admin", "Runs the practice: every permission, always.", EnumSet.allOf(Permission.class)),
    MEDICAL_DIRECTOR("Medical Director", "Supervises clinical work and providers.", EnumSet.of(
            CALENDAR_VIEW, CALENDAR_CREATE, CALENDAR_DELETE,
            CLINICAL_ACCESS_CHARTS, CLINICAL_WRITE_NOTES, CLINICAL_MANAGE_MEDICATIONS,
            BILLING_VIEW_REVENUE_REPORTS, TEAM_VIEW, TEAM_ALL_LOCATIONS, AUDIT_VIEW)),
    PROVIDER("Provider", "Sees clients and keeps their charts.", EnumSet.of(
            CALENDAR_VIEW, CALENDAR_CREATE, CLINICAL_ACCESS_CHARTS, CLINICAL_WRITE_NOTES)),
    FRONT_DESK("Front Desk", "Books appointments and takes payments.", EnumSet.of(
            CALENDAR_VIEW, CALENDAR_CREATE, CALENDAR_DELETE, BILLING_PROCESS_PAYMENTS, TEAM_VIEW, TEAM_ALL_LOCATIONS)),
    BILLING_MANAGER("Billing Manager", "Handles payments, refunds and revenue.", EnumSet.of(
            CALENDAR_VIEW, BILLING_PROCESS_PAYMENTS, BILLING_ISSUE_REFUNDS, BILLING_VIEW_REVENUE_REPORTS,
            TEAM_ALL_LOCATIONS));

    private final String displayName;
    private final String description;
    private final Set<Permission> defaultPermissions;

    BuiltInRole(String displayName, String description, Set<Permission> defaultPermissions) {
        this.displayName = displayName;
        this.description = description;
        this.defaultPermissions = Set.copyOf(defaultPermissions);
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    public Set<Permission> defaultPermissions() {
        return defaultPermissions;
    }

    /** The built-in role of a stored {@code built_in} value; null for none. */
    public static @Nullable BuiltInRole seeded(@Nullable String stored) {
        return stored == null ? null : valueOf(stored);
    }

    /**
     * A role's name as the current person reads it: {@code seeded}'s name in their language when the role still
     * has the name it was seeded with, else the name as stored.
     */
    public static String shownName(String stored, @Nullable BuiltInRole seeded) {
        return seeded == null ? stored : Messages.label(seeded);
    }

    /** A role's description as the current person reads it, like {@link #shownName}. */
    public static String shownDescription(String stored, @Nullable BuiltInRole seeded) {
        return seeded == null ? stored
                : Messages.text("enums." + BuiltInRole.class.getSimpleName() + "." + seeded.name() + ".description");
    }
}
