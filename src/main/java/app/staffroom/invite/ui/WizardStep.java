package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

/** The steps of the create-user wizard, each checked before the next; the provider steps only for providers. */
enum WizardStep {
    ROLE_AND_CLINICS(text("invite.roleAndClinics")),
    CONTACT(text("invite.contactDetails")),
    PROVIDER(text("invite.providerSettings")),
    BOOKING(text("invite.bookingProfile")),
    REVIEW(text("invite.review"));

    private final String title;

    WizardStep(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
