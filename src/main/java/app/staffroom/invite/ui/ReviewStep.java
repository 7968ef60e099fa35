package app.staffroom.invite.ui;

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
    private final PasswordField adminPassword = new PasswordField("Your password");

    ReviewStep(WizardDraft draft) {
        super(draft);
        facts.addClassName("wizard-review");
        cost.addClassName("wizard-cost");
        adminPassword.setHelperText("Adding someone to the practice needs your own password.");
        getContent().add(facts, cost, adminPassword);
    }

    /** Shows the draft; {@code check} is what its email means here, {@code region} reads its phones. */
    void show(@Nullable EmailCheck check, String region) {
        facts.removeAll();
        boolean existing = check != null && check.kind() == EmailCheck.Kind.EXISTING_ACCOUNT;
        fact("Name", existing ? "The name of their existing login" : draft.firstName.strip() + " " + draft.lastName.strip());
        fact("Email", draft.email + (existing ? " (joins with their existing login)" : ""));
        fact("Role", draft.role == null ? "—" : draft.role.name());
        fact("Locations", draft.locations.stream().map(LocationSummary::name).sorted().collect(Collectors.joining(", "))
                + (draft.defaultLocation == null ? "" : " (default: " + draft.defaultLocation.name() + ")"));
        fact("Phones", draft.typedPhones().isEmpty() ? "—" : String.join(", ", PhoneNumbers.allForDisplay(draft.typedPhones(), region)));
        fact("Works as provider", yes(draft.worksAsProvider));
        fact("Access period", draft.accessPeriod.isOpen() ? "No start or end date"
                : draft.accessPeriod.describe(java.time.Instant.now(), PracticeTime.clock().zone()));
        if (draft.worksAsProvider) {
            facts.add(new H3("Provider settings"));
            fact("MD consent required", yes(draft.mdConsentRequired));
            fact("Supervising Medical Director", draft.mdConsentRequired && draft.supervisor != null ? draft.supervisor.name() : "—");
            fact("Available for smart booking", yes(draft.availableForSmartBooking));
            fact("Appointment colour", draft.colour.toUpperCase());
            fact("Capacity", draft.capacity + " at a time");
            fact("Scheduling step", draft.schedulingStep + " minutes");
            fact("Goal: procedures per week", orDash(draft.proceduresPerWeek));
            fact("Goal: procedures per month", orDash(draft.proceduresPerMonth));
            BigDecimal sales = draft.salesPerMonth;
            fact("Goal: sales per month", sales == null ? "—" : sales.toPlainString());
            fact("NPI", draft.npi.isBlank() ? "—" : draft.npi);
            facts.add(new H3("Booking profile"));
            fact("Display name", orDash(draft.displayName.strip()));
            fact("Display title", orDash(draft.displayTitle.strip()));
            fact("Bio", orDash(draft.bio.strip()));
        }
        cost.setText("Working out the seat cost…");
    }

    /** What the seat plan costs once the person accepts. */
    void showCost(SeatUsage usage) {
        cost.setText(usage.counts(draft.worksAsProvider) ? "Once they accept: " + usage.costOfOneMore(true) + "."
                : "No extra cost: under the plan \"" + usage.plan().label() + "\" admin staff are free.");
    }

    /** The password typed, or null (with the field marked) when there is none. */
    @Nullable String password() {
        if (adminPassword.getValue().isEmpty()) {
            adminPassword.setErrorMessage("Enter your password.");
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
        return value ? "Yes" : "No";
    }

    private static String orDash(@Nullable Object value) {
        return value == null || value.toString().isEmpty() ? "—" : value.toString();
    }
}
