package app.staffroom.workspace;

import app.staffroom.base.ContactRules;
import app.staffroom.location.LocationNames;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the first-run setup asks for, checked with the rule sets every screen uses
 * ({@link PracticeRules}, {@link LocationNames}, {@link ContactRules}); the password is checked by the
 * caller with {@link app.staffroom.security.PasswordPolicy}, since the headless setup has none.
 */
final class SetupRules {

    /** The fields, named as the {@code staffroom.setup.*} properties that give them to a headless setup. */
    enum Field {
        PRACTICE_NAME("practice-name"), SLUG("slug"), COUNTRY("country"), TIME_ZONE("time-zone"), LOCATION("location"),
        OWNER_FIRST_NAME("owner-first-name"), OWNER_LAST_NAME("owner-last-name"), OWNER_EMAIL("owner-email");

        private final String property;

        Field(String property) {
            this.property = property;
        }

        /** The Spring property, for example {@code staffroom.setup.time-zone}. */
        String property() {
            return "staffroom.setup." + property;
        }

        /** The environment variable, for example {@code STAFFROOM_SETUP_TIME_ZONE}. */
        String variable() {
            return "STAFFROOM_SETUP_" + name();
        }
    }

    private SetupRules() {
    }

    /** Each field's problem in the fields' order; empty when everything is fine. */
    static Map<Field, String> problems(NewPractice practice, PracticeOwner owner) {
        Map<Field, String> problems = practiceProblems(practice);
        put(problems, Field.OWNER_FIRST_NAME, ContactRules.firstNameProblem(owner.firstName()));
        put(problems, Field.OWNER_LAST_NAME, ContactRules.lastNameProblem(owner.lastName()));
        put(problems, Field.OWNER_EMAIL, ContactRules.emailProblem(owner.email()));
        return problems;
    }

    /** The practice's own fields' problems in the fields' order; empty when the practice may be created. */
    static Map<Field, String> practiceProblems(NewPractice practice) {
        Map<Field, String> problems = new LinkedHashMap<>();
        put(problems, Field.PRACTICE_NAME, PracticeRules.nameProblem(practice.name()));
        put(problems, Field.SLUG, PracticeRules.slugProblem(practice.slug()));
        put(problems, Field.COUNTRY, PracticeRules.countryProblem(practice.country()));
        put(problems, Field.TIME_ZONE, PracticeRules.timeZoneProblem(practice.timeZone()));
        put(problems, Field.LOCATION, LocationNames.problem(practice.locationName()));
        return problems;
    }

    private static void put(Map<Field, String> problems, Field field, @Nullable String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }
}
