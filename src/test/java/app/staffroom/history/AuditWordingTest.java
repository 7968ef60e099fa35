package app.staffroom.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class AuditWordingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOCATION_ADDED           | Location added
            LOCATION_ARCHIVED        | Location archived
            LOCATION_RESTORED        | Location restored
            TEAMMATE_INVITED         | Invited to the team
            INVITATION_RESENT        | Invitation resent
            SIGN_IN_FAILED           | Sign-in refused
            ROLE_PERMISSION_CHANGED  | Role's permissions changed
            TWO_FACTOR_RESET         | Two-step sign-in reset
            AUTHENTICATOR_APP_ADDED  | Authenticator app added
            SOMETHING_NEW            | Something new
            """)
    void actions_read_as_phrases(String code, String shown) {
        assertThat(AuditWording.action(code)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            defaultLocation      | Default location
            worksAsProvider      | Works as provider
            deactivationReason   | Reason
            timesSent            | Times sent
            scheduling step      | Scheduling step
            NPI                  | NPI
            npi                  | NPI
            mdConsentRequired    | MD consent required
            schedulingStepMinutes | Scheduling step (minutes)
            goalSalesPerMonth    | Goal: sales per month
            access ended for     | Access ended for
            """)
    void fields_read_as_labels(String key, String shown) {
        assertThat(AuditWording.field(key)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"status": "PENDING"}              | {"status": "INACTIVE", "deactivationReason": "Moved"} | Status: Pending → Inactive\\nReason: Moved
            {"worksAsProvider": false}         | {"worksAsProvider": true}                              | Works as provider: no → yes
            {"locations": ["B", "A"]}          | {"locations": ["A"]}                                   | Locations: B, A → A
            {}                                 | {"name": "Bay View"}                                   | Name: Bay View
            {"deactivationReason": "null"}     | {"deactivationReason": ""}                             | Reason: —
            """)
    void each_field_reads_before_and_after(String before, String after, String shown) {
        assertThat(AuditWording.describe(AuditWording.changes(JSON, before, after))).isEqualTo(shown.replace("\\n", "\n"));
    }

    @org.junit.jupiter.api.Test
    void fields_read_in_the_order_people_think_of_them_whatever_order_jsonb_keeps() {
        String asJsonbKeepsIt = "{\"bio\": \"Hi\", \"npi\": \"1234567893\", \"role\": \"Provider\", \"email\": \"a@b.c\","
                + " \"status\": \"PENDING\"}";
        assertThat(AuditWording.changes(JSON, "{}", asJsonbKeepsIt)).extracting(AuditWording.FieldChange::field)
                .containsExactly("Status", "Email", "Role", "NPI", "Bio");
    }

    @org.junit.jupiter.api.Test
    void nothing_recorded_reads_as_no_changes() {
        assertThat(AuditWording.changes(JSON, null, "")).isEqualTo(List.of());
    }
}
