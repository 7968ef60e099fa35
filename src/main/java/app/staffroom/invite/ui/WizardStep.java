package app.staffroom.invite.ui;

/** The steps of the create-user wizard, each checked before the next; the provider steps only for providers. */
enum WizardStep {
    ROLE_AND_CLINICS("Role and clinics"),
    CONTACT("Contact details"),
    PROVIDER("Provider settings"),
    BOOKING("Booking profile"),
    REVIEW("Review");

    private final String title;

    WizardStep(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
