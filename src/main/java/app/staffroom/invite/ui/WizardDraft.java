package app.staffroom.invite.ui;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.ProviderRules;
import app.staffroom.invite.NewTeammate;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the wizard's steps have written so far: each step's {@code Binder} writes its fields here once
 * they pass the rules, and the review and the invitation read it.
 */
final class WizardDraft {

    @Nullable RoleSummary role;
    Set<LocationSummary> locations = Set.of();
    @Nullable LocationSummary defaultLocation;
    boolean worksAsProvider;
    String firstName = "";
    String lastName = "";
    String email = "";
    final String[] phones = {"", "", "", ""};
    boolean mdConsentRequired;
    @Nullable TeammateOption supervisor;
    boolean availableForSmartBooking;
    String colour = ProviderRules.COLOUR_DEFAULT;
    @Nullable Integer capacity = ProviderRules.CAPACITY_DEFAULT;
    @Nullable Integer schedulingStep = ProviderRules.STEP_DEFAULT;
    @Nullable Integer proceduresPerWeek;
    @Nullable Integer proceduresPerMonth;
    @Nullable BigDecimal salesPerMonth;
    String npi = "";
    String displayName = "";
    String displayTitle = "";
    String bio = "";
    AccessPeriod accessPeriod = AccessPeriod.OPEN;

    List<String> typedPhones() {
        return Arrays.stream(phones).filter(phone -> !phone.isBlank()).map(String::strip).toList();
    }

    /** What the service is asked to create; {@code withName} is false for someone who already has a login. */
    NewTeammate toNewTeammate(boolean withName) {
        NewTeammate.Provider provider = worksAsProvider
                ? new NewTeammate.Provider(true, mdConsentRequired, mdConsentRequired && supervisor != null ? supervisor.id() : null,
                        availableForSmartBooking, colour.strip(), Objects.requireNonNullElse(capacity, 0),
                        Objects.requireNonNullElse(schedulingStep, 0), proceduresPerWeek, proceduresPerMonth,
                        salesPerMonth, npi.strip())
                : NewTeammate.Provider.none();
        NewTeammate.Booking booking = worksAsProvider ? new NewTeammate.Booking(displayName, displayTitle, bio)
                : NewTeammate.Booking.empty();
        return new NewTeammate(role == null ? null : role.id(),
                locations.stream().map(LocationSummary::id).collect(Collectors.toSet()),
                defaultLocation == null ? null : defaultLocation.id(),
                withName ? firstName.strip() : "", withName ? lastName.strip() : "", email.strip(),
                new ArrayList<>(typedPhones()), provider, booking, accessPeriod);
    }
}
