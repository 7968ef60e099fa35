package app.staffroom.role;

import java.util.EnumSet;
import java.util.Set;

/** The fixed permission catalogue. The names are stored in role_permission; renaming one needs a migration. */
public enum Permission {
    CALENDAR_VIEW(PermissionGroup.CALENDAR, "View appointments", "See the appointment calendar of their locations."),
    CALENDAR_CREATE(PermissionGroup.CALENDAR, "Create appointments", "Book and reschedule appointments."),
    CALENDAR_DELETE(PermissionGroup.CALENDAR, "Delete appointments", "Cancel and remove appointments."),
    BILLING_PROCESS_PAYMENTS(PermissionGroup.BILLING, "Process payments", "Take payments at checkout."),
    BILLING_ISSUE_REFUNDS(PermissionGroup.BILLING, "Issue refunds", "Refund payments to clients."),
    BILLING_VIEW_REVENUE_REPORTS(PermissionGroup.BILLING, "View revenue reports", "See sales and revenue figures."),
    CLINICAL_ACCESS_CHARTS(PermissionGroup.CLINICAL, "Access charts", "Open client charts and treatment history."),
    CLINICAL_WRITE_NOTES(PermissionGroup.CLINICAL, "Write notes", "Write and sign clinical notes."),
    CLINICAL_MANAGE_MEDICATIONS(PermissionGroup.CLINICAL, "Manage medications", "Prescribe and record medications."),
    TEAM_VIEW(PermissionGroup.TEAM, "View team", "See the teammates of the workspace."),
    TEAM_ALL_LOCATIONS(PermissionGroup.TEAM, "See all locations",
            "See teammates of every location; without it, only those who share one of their locations."),
    TEAM_MANAGE_USERS(PermissionGroup.TEAM, "Manage users", "Invite, change and deactivate teammates."),
    TEAM_MANAGE_ROLES(PermissionGroup.TEAM, "Manage roles", "Edit roles and what each role may do."),
    AUDIT_VIEW(PermissionGroup.AUDIT, "View audit trail", "Read the record of every change."),
    AUDIT_RUN_REVIEWS(PermissionGroup.AUDIT, "Run access reviews",
            "Start access reviews and decide, for the people given to them, who keeps their access."),
    SETTINGS_MANAGE(PermissionGroup.SETTINGS, "Manage settings", "Change locations, seat plan and practice settings.");

    private final PermissionGroup group;
    private final String label;
    private final String explanation;

    Permission(PermissionGroup group, String label, String explanation) {
        this.group = group;
        this.label = label;
        this.explanation = explanation;
    }

    /** The permissions named as stored in {@code role_permission}. */
    static Set<Permission> named(String[] names) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String name : names) {
            permissions.add(valueOf(name));
        }
        return permissions;
    }

    public PermissionGroup group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
