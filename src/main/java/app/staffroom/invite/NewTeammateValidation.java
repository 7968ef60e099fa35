package app.staffroom.invite;

import app.staffroom.base.EmailAddresses;
import app.staffroom.base.Npi;
import app.staffroom.base.PlainText;
import app.staffroom.base.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wizard's rules, step by step: what is wrong with each field, in words for the administrator.
 * The service applies the same rules again to the whole draft before it creates anything.
 */
public final class NewTeammateValidation {

    private NewTeammateValidation() {
    }

    /** Field name → problem; empty when the step is fine. */
    public static Map<String, String> problems(WizardStep step, NewTeammate draft, String phoneRegion) {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (step) {
            case ROLE_AND_CLINICS -> {
                if (draft.roleId() == null) {
                    problems.put("role", "Choose a role.");
                }
                if (draft.locationIds().isEmpty()) {
                    problems.put("locations", "Give access to at least one location.");
                } else if (draft.defaultLocationId() == null || !draft.locationIds().contains(draft.defaultLocationId())) {
                    problems.put("defaultLocation", "Choose the default location among the locations with access.");
                }
            }
            case CONTACT -> {
                requireName(problems, "firstName", draft.firstName(), "first name");
                requireName(problems, "lastName", draft.lastName(), "last name");
                if (!EmailAddresses.isValid(draft.email().strip())) {
                    problems.put("email", "Enter a valid email address, for example name@clinic.com.");
                }
                if (draft.phones().size() > PhoneNumbers.MAX_PER_PERSON) {
                    problems.put("phones", "At most " + PhoneNumbers.MAX_PER_PERSON + " phone numbers.");
                }
                for (int i = 0; i < draft.phones().size(); i++) {
                    String phone = draft.phones().get(i);
                    if (!phone.isBlank() && PhoneNumbers.toE164(phone, phoneRegion).isEmpty()) {
                        problems.put("phone" + i, "'" + phone + "' is not a valid phone number.");
                    }
                }
            }
            case PROVIDER -> {
                NewTeammate.Provider provider = draft.provider();
                if (!provider.worksAsProvider()) {
                    break;
                }
                if (provider.mdConsentRequired() && provider.supervisorId() == null) {
                    problems.put("supervisor", "Choose the supervising Medical Director.");
                }
                if (!provider.appointmentColour().matches("#[0-9a-fA-F]{6}")) {
                    problems.put("colour", "Enter the colour as a hex value, for example #0F766E.");
                }
                if (provider.capacity() < 1 || provider.capacity() > 20) {
                    problems.put("capacity", "Capacity is between 1 and 20 appointments at a time.");
                }
                if (provider.schedulingStepMinutes() < 5 || provider.schedulingStepMinutes() > 60) {
                    problems.put("step", "The scheduling step is between 5 and 60 minutes.");
                }
                if (!provider.npi().isBlank() && !Npi.isValid(provider.npi().strip())) {
                    problems.put("npi", "This is not a valid NPI: 10 digits with a correct check digit.");
                }
                notNegative(problems, "proceduresPerWeek", provider.proceduresPerWeek());
                notNegative(problems, "proceduresPerMonth", provider.proceduresPerMonth());
                if (provider.salesPerMonth() != null && provider.salesPerMonth().signum() < 0) {
                    problems.put("salesPerMonth", "Goals cannot be negative.");
                }
            }
            case BOOKING -> {
                NewTeammate.Booking booking = draft.booking();
                if (booking.displayName().length() > 120) {
                    problems.put("displayName", "At most 120 characters.");
                }
                if (booking.displayTitle().length() > 120) {
                    problems.put("displayTitle", "At most 120 characters.");
                }
                if (booking.bio().length() > 1000) {
                    problems.put("bio", "At most 1,000 characters.");
                }
            }
            case REVIEW -> {
                for (WizardStep earlier : List.of(WizardStep.ROLE_AND_CLINICS, WizardStep.CONTACT, WizardStep.PROVIDER,
                        WizardStep.BOOKING)) {
                    problems.putAll(problems(earlier, draft, phoneRegion));
                }
            }
        }
        return problems;
    }

    private static void requireName(Map<String, String> problems, String field, String value, String what) {
        String problem = PlainText.problem(value);
        if (value.isBlank()) {
            problems.put(field, "Enter the " + what + ".");
        } else if (problem != null) {
            problems.put(field, "The " + what + " " + problem);
        } else if (!PlainText.hasVisibleCharacter(value)) {
            problems.put(field, "The " + what + " has no visible character: it is only spaces or invisible characters.");
        } else if (value.strip().length() > 80) {
            problems.put(field, "The " + what + " can be at most 80 characters.");
        }
    }

    private static void notNegative(Map<String, String> problems, String field, Integer value) {
        if (value != null && value < 0) {
            problems.put(field, "Goals cannot be negative.");
        }
    }
}
