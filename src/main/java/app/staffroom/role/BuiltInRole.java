package app.staffroom.role;

import static app.staffroom.role.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** The roles every workspace starts with, and what each may do until an admin changes it. */
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
}
