package app.staffroom.team;

public enum TeammateStatus {
    PENDING("Pending"),
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String label;

    TeammateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
