package app.staffroom.invite;

/** The steps of the create-user wizard, each validated before the next. */
public enum WizardStep {
    ROLE_AND_CLINICS("Role and clinics"),
    CONTACT("Contact details"),
    PROVIDER("Provider settings"),
    BOOKING("Booking profile"),
    REVIEW("Review");

    private final String title;

    WizardStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
