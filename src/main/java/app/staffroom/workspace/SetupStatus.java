package app.staffroom.workspace;

/** What a setup link can do now, with what the setup page says when it cannot be used. */
public enum SetupStatus {

    /** The link is the current one and the instance has no practice yet: the setup form may be shown. */
    OPEN(""),
    /** A missing, mistyped or replaced link (each start while setup is not done prints a new one). */
    LINK_NOT_VALID("This setup link is not valid. Use the link printed on the console at the latest start of Staffroom;"
            + " each start prints a new one and the older ones stop working."),
    /** The instance has a practice: setup is over for good, whatever the link. */
    ALREADY_SET_UP("Staffroom is already set up. Sign in with your email and password.");

    private final String refusal;

    SetupStatus(String refusal) {
        this.refusal = refusal;
    }

    /** What the setup page says instead of the form; empty for {@link #OPEN}. */
    public String refusal() {
        return refusal;
    }
}
