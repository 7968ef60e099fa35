package app.staffroom.invite;

import app.staffroom.base.EmailAddresses;
import app.staffroom.base.Goals;
import app.staffroom.base.Npi;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.TypedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
                String emailText = TypedText.problem(draft.email());
                if (emailText != null) {
                    problems.put("email", emailText);
                } else if (!EmailAddresses.isValid(draft.email().strip())) {
                    problems.put("email", "Enter a valid email address, for example name@clinic.com.");
                }
                if (draft.phones().size() > PhoneNumbers.MAX_PER_PERSON) {
                    problems.put("phones", "At most " + PhoneNumbers.MAX_PER_PERSON + " phone numbers.");
                }
                for (int i = 0; i < draft.phones().size(); i++) {
                    String phone = draft.phones().get(i);
                    String phoneText = TypedText.problem(phone);
                    if (phoneText != null) {
                        problems.put("phone" + i, phoneText);
                    } else if (!phone.isBlank() && PhoneNumbers.toE164(phone, phoneRegion).isEmpty()) {
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
                if (TypedText.problem(provider.npi()) != null) {
                    problems.put("npi", TypedText.problem(provider.npi()));
                } else if (!provider.npi().isBlank() && !Npi.isValid(provider.npi().strip())) {
                    problems.put("npi", "This is not a valid NPI: 10 digits with a correct check digit.");
                }
                goal(problems, "proceduresPerWeek", provider.proceduresPerWeek());
                goal(problems, "proceduresPerMonth", provider.proceduresPerMonth());
                if (!Goals.isSalesAmount(provider.salesPerMonth())) {
                    problems.put("salesPerMonth", Goals.SALES_RULE);
                }
            }
            case BOOKING -> {
                NewTeammate.Booking booking = draft.booking();
                text(problems, "displayName", TypedText.optionalProblem(booking.displayName()));
                text(problems, "displayTitle", TypedText.optionalProblem(booking.displayTitle()));
                text(problems, "bio", TypedText.multiLineProblem(booking.bio()));
                if (booking.displayName().length() > 120) {
                    problems.putIfAbsent("displayName", "At most 120 characters.");
                }
                if (booking.displayTitle().length() > 120) {
                    problems.putIfAbsent("displayTitle", "At most 120 characters.");
                }
                if (booking.bio().length() > 1000) {
                    problems.putIfAbsent("bio", "At most 1,000 characters.");
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
        String problem = TypedText.requiredProblem(value, "the " + what);
        if (problem != null) {
            problems.put(field, problem);
        } else if (value.strip().length() > 80) {
            problems.put(field, "The " + what + " can be at most 80 characters.");
        }
    }

    private static void text(Map<String, String> problems, String field, @Nullable String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    private static void goal(Map<String, String> problems, String field, @Nullable Integer value) {
        if (!Goals.isCount(value)) {
            problems.put(field, Goals.COUNT_RULE);
        }
    }
}
