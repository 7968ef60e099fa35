package app.staffroom.invite;

import app.staffroom.base.ContactRules;
import app.staffroom.base.LocationRules;
import app.staffroom.base.ProviderRules;
import app.staffroom.role.RoleNames;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole draft checked with the rule sets every screen uses ({@link ContactRules}, {@link LocationRules},
 * {@link ProviderRules}): what the service refuses, in the words the wizard shows on each field.
 */
public final class NewTeammateValidation {

    /** What the wizard and the service say without a role. */

    private NewTeammateValidation() {
    }

    /**
     * Everything but the name, which only a new person needs (see {@link #nameProblems}): the problems in
     * the wizard's order, empty when the draft is fine.
     */
    static List<String> problems(NewTeammate draft, String phoneRegion) {
        List<String> problems = new ArrayList<>();
        if (draft.roleId() == null) {
            problems.add(RoleNames.notChosen());
        }
        add(problems, LocationRules.problem(draft.locationIds(), draft.defaultLocationId()));
        add(problems, ContactRules.emailProblem(draft.email()));
        problems.addAll(ContactRules.phonesProblems(draft.phones(), phoneRegion));
        NewTeammate.Provider provider = draft.provider();
        if (provider.worksAsProvider()) {
            NewTeammate.Booking booking = draft.booking();
            problems.addAll(ProviderRules.problems(new ProviderRules.Settings(provider.mdConsentRequired(),
                    provider.supervisorId(), provider.appointmentColour(), provider.capacity(),
                    provider.schedulingStepMinutes(), provider.npi(), "", provider.proceduresPerWeek(),
                    provider.proceduresPerMonth(), provider.salesPerMonth(), booking.displayName(),
                    booking.displayTitle(), booking.bio())));
        }
        return problems;
    }

    /** The name of a new person: a person with an account keeps the name of their login. */
    static List<String> nameProblems(NewTeammate draft) {
        List<String> problems = new ArrayList<>();
        add(problems, ContactRules.firstNameProblem(draft.firstName()));
        add(problems, ContactRules.lastNameProblem(draft.lastName()));
        return problems;
    }

    private static void add(List<String> problems, @Nullable String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
