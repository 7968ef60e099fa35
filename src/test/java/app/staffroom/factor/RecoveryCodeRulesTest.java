package app.staffroom.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodeRulesTest {

    @Test
    void ten_distinct_codes_of_sixteen_base32_characters_in_groups_of_four() {
        List<String> codes = RecoveryCodeRules.newCodes();
        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
    }

    @Test
    void typing_forgives_case_spaces_and_dashes_and_nothing_else() {
        String code = RecoveryCodeRules.newCodes().getFirst();
        String plain = code.replace("-", "");
        assertThat(RecoveryCodeRules.hash(code.toUpperCase().replace("-", " ")))
                .isEqualTo(RecoveryCodeRules.hash(plain)).hasSize(32);
        assertThat(RecoveryCodeRules.normalized(plain.substring(1))).isEmpty();
        assertThat(RecoveryCodeRules.normalized(plain.substring(1) + "1")).isEmpty();
        assertThat(RecoveryCodeRules.normalized("123456")).isEmpty();
    }
}
