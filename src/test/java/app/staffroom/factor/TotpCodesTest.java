package app.staffroom.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Authenticator-app codes against RFC 6238's own test vectors and a fixed clock. */
class TotpCodesTest {

    /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_test_vectors_of_rfc_6238() {
        // The RFC lists 8 digits; apps show the last 6.
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void the_current_code_and_the_one_before_are_accepted_and_nothing_else() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = TotpCodes.step(now);
        String current = TotpCodes.code(RFC_SECRET, now);
        String previous = TotpCodes.code(RFC_SECRET, now.minusSeconds(30));
        String next = TotpCodes.code(RFC_SECRET, now.plusSeconds(30));
        String older = TotpCodes.code(RFC_SECRET, now.minusSeconds(60));

        assertThat(TotpCodes.acceptedStep(RFC_SECRET, current, now, 0)).hasValue(step);
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, previous, now, 0)).hasValue(step - 1);
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, next, now, 0)).isEmpty();
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, older, now, 0)).isEmpty();
    }

    @Test
    void a_code_is_good_once_even_within_its_window() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        String current = TotpCodes.code(RFC_SECRET, now);
        long used = TotpCodes.acceptedStep(RFC_SECRET, current, now, 0).orElseThrow();

        assertThat(TotpCodes.acceptedStep(RFC_SECRET, current, now.plusSeconds(10), used)).isEmpty();
        // Nor the previous step's code once a later one was used.
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.minusSeconds(30)), now, used)).isEmpty();
    }

    @Test
    void spaces_are_forgiven_and_anything_else_is_refused() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        String current = TotpCodes.code(RFC_SECRET, now);
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, current.substring(0, 3) + " " + current.substring(3), now, 0)).isPresent();
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, current + "0", now, 0)).isEmpty();
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, "12345a", now, 0)).isEmpty();
        assertThat(TotpCodes.acceptedStep(RFC_SECRET, "", now, 0)).isEmpty();
    }

    @Test
    void the_qr_address_carries_the_secret_in_base32_and_names_the_issuer_and_account() {
        assertThat(TotpCodes.otpauthUri(RFC_SECRET, "Staffroom", "olivia@harbour.example"))
                .isEqualTo("otpauth://totp/Staffroom:olivia%40harbour.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Staffroom&algorithm=SHA1&digits=6&period=30");
        assertThat(TotpCodes.forTyping(RFC_SECRET)).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assertThat(TotpCodes.newSecret()).hasSize(20).isNotEqualTo(TotpCodes.newSecret());
    }
}
