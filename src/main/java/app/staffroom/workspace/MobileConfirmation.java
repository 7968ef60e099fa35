package app.staffroom.workspace;

/**
 * Whether a new person invited with a mobile number confirms it with a texted code before choosing a password.
 * Without a mobile number in the invitation, the email link alone stands either way.
 */
public enum MobileConfirmation {

    /** The code must be entered before a password can be chosen. */
    REQUIRED("Required"),
    /** The code is offered; the person may go on without it. */
    OPTIONAL("Optional");

    private final String label;

    MobileConfirmation(String label) {
        this.label = label;
    }

    /** As the Settings screen and the audit trail name it. */
    public String label() {
        return label;
    }
}
