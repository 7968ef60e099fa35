package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

/** The steps of the create-user wizard, each checked before the next; the provider steps only for providers. */
enum WizardStep {
    ROLE_AND_CLINICS("invite.roleAndClinics"),
    CONTACT("invite.contactDetails"),
    PROVIDER("invite.providerSettings"),
    BOOKING("invite.bookingProfile"),
    REVIEW("invite.review");

    /** The key of the step's title in the bundle {@code invite}. */
    private final String titleKey;

    WizardStep(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The title in the current person's language. */
    String title() {
        return text(titleKey);
    }
}
