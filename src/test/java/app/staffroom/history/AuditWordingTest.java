package app.staffroom.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class AuditWordingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;

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
        assertThat(AuditWording.action(code, EN)).isEqualTo(shown);
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
        assertThat(AuditWording.field(key, EN)).isEqualTo(shown);
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
        assertThat(AuditWording.describe(AuditWording.changes(JSON, before, after, EN), EN)).isEqualTo(shown.replace("\\n", "\n"));
    }

    @org.junit.jupiter.api.Test
    void fields_read_in_the_order_people_think_of_them_whatever_order_jsonb_keeps() {
        String asJsonbKeepsIt = "{\"bio\": \"Hi\", \"npi\": \"1234567893\", \"role\": \"Provider\", \"email\": \"a@b.c\","
                + " \"status\": \"PENDING\"}";
        assertThat(AuditWording.changes(JSON, "{}", asJsonbKeepsIt, EN)).extracting(AuditWording.FieldChange::field)
                .containsExactly("Status", "Email", "Role", "NPI", "Bio");
    }

    @org.junit.jupiter.api.Test
    void nothing_recorded_reads_as_no_changes() {
        assertThat(AuditWording.changes(JSON, null, "", EN)).isEqualTo(List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOCATION_ARCHIVED        | Établissement archivé
            TEAMMATE_INVITED         | Invitation dans l’équipe
            ROLE_PERMISSION_CHANGED  | Autorisations du rôle modifiées
            ACCESS_REVIEW_DECIDED    | Décision de revue des accès
            """)
    void actions_read_in_french(String code, String shown) {
        assertThat(AuditWording.action(code, FR)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            defaultLocation          | Établissement par défaut
            default location         | Établissement par défaut
            first name               | Prénom
            Booking-page address     | Adresse de la page de réservation
            Audit: View audit trail  | Audit : Voir le journal d’audit
            """)
    void fields_read_in_french(String key, String shown) {
        assertThat(AuditWording.field(key, FR)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"status": "PENDING"}             | {"status": "INACTIVE", "deactivationReason": "Moved"} | Statut : En attente → Inactif\\nMotif : Moved
            {"worksAsProvider": false}        | {"worksAsProvider": true}                              | Exerce comme praticien : non → oui
            {"deactivateAfterDays": "off"}    | {"deactivateAfterDays": "1 days"}                      | Désactiver après : désactivé → 1 jour
            {}                                | {"Decision": "Kept", "Note": "Seen 3 days ago"}        | Décision : Conservé\\nNote : Seen 3 days ago
            {}                                | {"permissions": ["AUDIT_VIEW"], "name": "Off"}          | Nom : Off\\nAutorisations : Voir le journal d’audit
            {}                                | {"access ended for": "2 people", "Seat plan": "Per active user"} | Accès retiré à : 2 personnes\\nFormule de licences : Par utilisateur actif
            """)
    void values_read_in_french_and_typed_ones_as_typed(String before, String after, String shown) {
        assertThat(AuditWording.describe(AuditWording.changes(JSON, before, after, FR), FR)).isEqualTo(shown.replace("\\n", "\n"));
    }

    @org.junit.jupiter.api.Test
    void staffroom_s_own_work_and_the_practice_s_rules_read_in_french_but_names_as_recorded() {
        assertThat(AuditWording.actor("Staffroom (dormant accounts)", true, FR)).isEqualTo("Staffroom (comptes inactifs)");
        assertThat(AuditWording.actor("Quarterly schedule", false, FR)).as("a person so named").isEqualTo("Quarterly schedule");
        assertThat(AuditWording.actor("Someone signing in", true, EN)).isEqualTo("Someone signing in");
        assertThat(AuditWording.target("PRACTICE", "Dormant accounts", FR)).isEqualTo("Comptes inactifs");
        assertThat(AuditWording.target("ACCESS_REVIEW", "Access review: Whole practice", FR))
                .isEqualTo("Revue des accès : Tout le cabinet");
        assertThat(AuditWording.target("ACCESS_REVIEW", "Access review: Harbour Road", EN)).isEqualTo("Access review: Harbour Road");
        assertThat(AuditWording.target("TEAMMATE", "Dormant accounts", FR)).isEqualTo("Dormant accounts");
    }
}
