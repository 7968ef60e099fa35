package app.staffroom.role;

/** The modules the permission catalogue is grouped by. */
public enum PermissionGroup {
    CALENDAR("Calendar"),
    BILLING("Billing"),
    CLINICAL("Clinical"),
    TEAM("Team"),
    AUDIT("Audit"),
    SETTINGS("Settings");

    private final String label;

    PermissionGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
