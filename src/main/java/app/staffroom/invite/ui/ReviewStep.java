package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.label;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.PasswordFields;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.invite.EmailCheck;
import app.staffroom.location.LocationSummary;
import app.staffroom.team.SeatUsage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The last step: every field as it will be sent, provider and booking settings included, what the seat
 * plan costs once the person accepts, and the administrator's own password.
 */
class ReviewStep extends WizardPage {

    private final Div facts = new Div();
    private final Paragraph cost = new Paragraph();
    private final PasswordField adminPassword = PasswordFields.labelled(text("invite.yourPassword"));

    ReviewStep(WizardDraft draft) {
        super(draft);
        facts.addClassName("wizard-review");
        cost.addClassName("wizard-cost");
        adminPassword.setHelperText(text("invite.addingSomeoneToThePracticeNeeds"));
        getContent().add(facts, cost, adminPassword);
    }

    /** Shows the draft; {@code check} is what its email means here, {@code region} reads its phones. */
    void show(@Nullable EmailCheck check, String region) {
        facts.removeAll();
        boolean existing = check != null && check.kind() == EmailCheck.Kind.EXISTING_ACCOUNT;
        fact(text("invite.name"), existing ? text("invite.theNameOfTheirExistingLogin") : draft.firstName.strip() + " " + draft.lastName.strip());
        fact(text("invite.email"), existing ? text("invite.review.existingLogin", draft.email) : draft.email);
        fact(text("invite.role"), draft.role == null ? "—" : draft.role.shownName());
        fact(text("invite.locations"), draft.locations.stream().map(LocationSummary::name).sorted().collect(Collectors.joining(", "))
                + (draft.defaultLocation == null ? "" : " " + text("invite.review.default", draft.defaultLocation.name())));
        fact(text("invite.phones"), draft.typedPhones().isEmpty() ? "—" : String.join(", ", PhoneNumbers.allForDisplay(draft.typedPhones(), region)));
        fact(text("invite.worksAsProvider"), yes(draft.worksAsProvider));
        fact(text("invite.accessPeriod"), draft.accessPeriod.isOpen() ? text("invite.noStartOrEndDate")
                : draft.accessPeriod.describe(java.time.Instant.now(), PracticeTime.clock().zone()));
        if (draft.worksAsProvider) {
            facts.add(new H3(text("invite.providerSettings")));
            fact(text("invite.mdConsentRequired"), yes(draft.mdConsentRequired));
            fact(text("invite.supervisingMedicalDirector"), draft.mdConsentRequired && draft.supervisor != null ? draft.supervisor.name() : "—");
            fact(text("invite.availableForSmartBooking"), yes(draft.availableForSmartBooking));
            fact(text("invite.appointmentColour"), draft.colour.toUpperCase());
            fact(text("invite.capacity"), text("invite.review.atATime", draft.capacity));
            fact(text("invite.schedulingStep"), text("invite.review.minutes", draft.schedulingStep));
            fact(text("invite.goalProceduresPerWeek"), orDash(draft.proceduresPerWeek));
            fact(text("invite.goalProceduresPerMonth"), orDash(draft.proceduresPerMonth));
            BigDecimal sales = draft.salesPerMonth;
            fact(text("invite.goalSalesPerMonth"), sales == null ? "—" : sales.toPlainString());
            fact("NPI", draft.npi.isBlank() ? "—" : draft.npi);
            facts.add(new H3(text("invite.bookingProfile")));
            fact(text("invite.displayName"), orDash(draft.displayName.strip()));
            fact(text("invite.displayTitle"), orDash(draft.displayTitle.strip()));
            fact(text("invite.bio"), orDash(draft.bio.strip()));
        }
        cost.setText(text("invite.workingOutTheSeatCost"));
    }

    /** What the seat plan costs once the person accepts. */
    void showCost(SeatUsage usage) {
        cost.setText(usage.counts(draft.worksAsProvider) ? text("invite.review.cost", usage.costOfOneMore(true))
                : text("invite.review.noCost", label(usage.plan())));
    }

    /** The password typed, or null (with the field marked) when there is none. */
    @Nullable String password() {
        if (adminPassword.getValue().isEmpty()) {
            adminPassword.setErrorMessage(text("invite.enterYourPassword"));
            adminPassword.setInvalid(true);
            return null;
        }
        adminPassword.setInvalid(false);
        return adminPassword.getValue();
    }

    void clearPassword() {
        adminPassword.clear();
    }

    /** Marks the password field with why it was refused; clear it first, as clearing unmarks it. */
    void passwordRefused(String message) {
        adminPassword.setErrorMessage(message);
        adminPassword.setInvalid(true);
    }

    private void fact(String label, String value) {
        Div row = new Div(new Span(label), new Span(value));
        row.addClassName("drawer-fact");
        facts.add(row);
    }

    private static String yes(boolean value) {
        return value ? text("invite.yes") : text("invite.no");
    }

    private static String orDash(@Nullable Object value) {
        return value == null || value.toString().isEmpty() ? "—" : value.toString();
    }
}
