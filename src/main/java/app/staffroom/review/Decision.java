package app.staffroom.review;

/** What a reviewer decided about one person. */
public enum Decision {
    /** Their access stays as it is. */
    KEPT("Kept"),
    /** Their access was changed in the teammate drawer (role, locations, work as provider). */
    CHANGED("Changed"),
    /** They were deactivated. */
    DEACTIVATED("Deactivated");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
