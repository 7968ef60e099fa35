package app.staffroom.workspace;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.Messages;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Every problem of a settings change by field, as {@link PracticeRules} finds them; empty when it may be saved. */
final class PracticeSettingsProblems {

    private PracticeSettingsProblems() {
    }

    static Map<String, String> of(PracticeSettingsChange change, Duration instanceIdleMaximum) {
        Map<String, String> problems = new LinkedHashMap<>();
        put(problems, "name", PracticeRules.nameProblem(change.name()));
        put(problems, "slug", PracticeRules.slugProblem(change.slug()));
        put(problems, "country", PracticeRules.countryProblem(change.country()));
        put(problems, "timeZone", PracticeRules.timeZoneProblem(change.timeZone()));
        put(problems, "currency", PracticeRules.currencyProblem(change.currency()));
        put(problems, "seatPlan", change.seatPlan() == null ? Messages.text("workspace.chooseASeatPlan") : null);
        put(problems, "monthlyPrice", PracticeRules.priceProblem(change.monthlyPrice(), change.currency()));
        put(problems, "yearlyPrice", PracticeRules.priceProblem(change.yearlyPrice(), change.currency()));
        put(problems, "invitationLifetime", PracticeRules.invitationLifetimeProblem(change.invitationLifetime()));
        put(problems, "idleSignOut", PracticeRules.idleSignOutProblem(change.idleSignOut(), instanceIdleMaximum));
        put(problems, "mobileConfirmation", PracticeRules.mobileConfirmationProblem(change.mobileConfirmation()));
        return problems;
    }

    /** The first problem as a refusal on its field, or null when there is none. */
    static @Nullable FieldRefusedException refusal(PracticeSettingsChange change, Duration instanceIdleMaximum) {
        return of(change, instanceIdleMaximum).keySet().stream().findFirst()
                .map(field -> new FieldRefusedException(field,
                        () -> String.valueOf(of(change, instanceIdleMaximum).get(field)))).orElse(null);
    }

    private static void put(Map<String, String> problems, String field, @Nullable String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }
}
