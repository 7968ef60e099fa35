package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.workspace.SetupRules.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The setup's fields, each with the rule of its field, named as the headless settings name them. */
class SetupRulesTest {

    private static final NewPractice PRACTICE = new NewPractice("Test Practice", "test-practice", "AU", "Australia/Sydney",
            "Bondi Clinic");
    private static final PracticeOwner OWNER = new PracticeOwner("Anna", "Smith", "anna@clinic.example");

    @Test
    void a_complete_setup_has_no_problem() {
        assertThat(SetupRules.problems(PRACTICE, OWNER)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PRACTICE_NAME    | ''               | Enter the practice's name.
            SLUG             | Test-Practice    | Use lower-case letters a–z, digits and single hyphens between them, for example "harbour-clinic".
            COUNTRY          | au               | Choose a country from the list.
            TIME_ZONE        | Sydney           | Choose a time zone from the list, for example "Australia/Sydney".
            LOCATION         | ''               | Enter the location's name.
            OWNER_FIRST_NAME | ''               | Enter the first name.
            OWNER_LAST_NAME  | '  '             | Enter the last name.
            OWNER_EMAIL      | anna.clinic.com  | Enter a valid email address, for example name@clinic.com.
            """)
    void each_problem_is_kept_with_its_field(Field field, String value, String problem) {
        NewPractice practice = new NewPractice(field == Field.PRACTICE_NAME ? value : PRACTICE.name(),
                field == Field.SLUG ? value : PRACTICE.slug(), field == Field.COUNTRY ? value : PRACTICE.country(),
                field == Field.TIME_ZONE ? value : PRACTICE.timeZone(),
                field == Field.LOCATION ? value : PRACTICE.locationName());
        PracticeOwner owner = new PracticeOwner(field == Field.OWNER_FIRST_NAME ? value : OWNER.firstName(),
                field == Field.OWNER_LAST_NAME ? value : OWNER.lastName(), field == Field.OWNER_EMAIL ? value : OWNER.email());

        assertThat(SetupRules.problems(practice, owner)).isEqualTo(Map.of(field, problem));
    }

    @ParameterizedTest
    @CsvSource({"PRACTICE_NAME, staffroom.setup.practice-name, STAFFROOM_SETUP_PRACTICE_NAME",
            "TIME_ZONE, staffroom.setup.time-zone, STAFFROOM_SETUP_TIME_ZONE",
            "OWNER_EMAIL, staffroom.setup.owner-email, STAFFROOM_SETUP_OWNER_EMAIL"})
    void each_field_is_named_as_its_property_and_its_environment_variable(Field field, String property, String variable) {
        assertThat(field.property()).isEqualTo(property);
        assertThat(field.variable()).isEqualTo(variable);
    }
}
