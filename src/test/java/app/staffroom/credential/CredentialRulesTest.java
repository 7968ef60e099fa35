package app.staffroom.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one rule set of a credential, without Spring. */
class CredentialRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);

    private static CredentialDraft draft(CredentialType type, String custom, String number, String issuer,
                                         LocalDate issued, LocalDate expires) {
        return new CredentialDraft(type, custom, number, issuer, issued, expires, false);
    }

    @Test
    void a_complete_credential_has_no_problem_and_dates_may_be_left_empty() {
        assertThat(CredentialRules.problems(draft(CredentialType.PROFESSIONAL_LICENCE, "", "RN-123", "Texas Board of Nursing",
                ISSUED, ISSUED.plusYears(2)))).isEmpty();
        assertThat(CredentialRules.problems(draft(CredentialType.BOARD_CERTIFICATION, "", "B-1", "ABMS", null, null))).isEmpty();
    }

    @Test
    void number_and_issuer_are_required_and_refused_not_shortened_when_too_long() {
        assertThat(CredentialRules.numberProblem("  ")).isEqualTo("Enter the number.");
        assertThat(CredentialRules.issuerProblem("")).isEqualTo("Enter the issuing body or state.");
        assertThat(CredentialRules.numberProblem("9".repeat(61))).isEqualTo("At most 60 characters (61 now).");
        assertThat(CredentialRules.issuerProblem("x".repeat(121))).isEqualTo("At most 120 characters (121 now).");
        assertThat(CredentialRules.numberProblem("RN\u202E321")).contains("text-direction");
    }

    @Test
    void a_custom_type_needs_its_name_and_the_others_need_none() {
        assertThat(CredentialRules.customTypeProblem(CredentialType.CUSTOM, " ")).isEqualTo("Enter the name of the type.");
        assertThat(CredentialRules.customTypeProblem(CredentialType.CUSTOM, "Laser safety")).isNull();
        assertThat(CredentialRules.customTypeProblem(CredentialType.DEA, "")).isNull();
        assertThat(CredentialRules.customTypeProblem(null, "")).isEqualTo("Choose the type of credential.");
    }

    @Test
    void the_expiry_date_is_never_before_the_issue_date_and_both_lie_in_a_plausible_range() {
        assertThat(CredentialRules.expiryProblem(ISSUED, ISSUED.minusDays(1))).isEqualTo(CredentialRules.orderRule());
        assertThat(CredentialRules.expiryProblem(ISSUED, ISSUED)).isNull();
        assertThat(CredentialRules.expiryProblem(null, LocalDate.of(2200, 1, 1))).isEqualTo(CredentialRules.dateRule());
        assertThat(CredentialRules.issuedProblem(LocalDate.of(1899, 12, 31))).isEqualTo(CredentialRules.dateRule());
        assertThat(CredentialRules.problems(draft(CredentialType.CUSTOM, "", "", "", ISSUED, ISSUED.minusDays(1))))
                .containsExactly("Enter the name of the type.", "Enter the number.", "Enter the issuing body or state.",
                        CredentialRules.orderRule());
    }
}
