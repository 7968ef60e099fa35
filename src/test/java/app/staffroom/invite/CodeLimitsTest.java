package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.CodeLimits.Code;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits on one-time codes, as pure rules. */
class CodeLimitsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void three_codes_for_one_invitation_within_ten_minutes_then_a_wait_until_the_oldest_leaves_the_window() {
        List<Code> two = List.of(code(9, true, 0), code(2, true, 0));
        assertThat(CodeLimits.waitBeforeRequest(two, NOW)).isZero();

        List<Code> three = List.of(code(9, true, 0), code(5, true, 0), code(2, true, 0));
        assertThat(CodeLimits.waitBeforeRequest(three, NOW)).isEqualTo(Duration.ofMinutes(1));

        List<Code> oneTooOld = List.of(code(11, true, 0), code(5, true, 0), code(2, true, 0));
        assertThat(CodeLimits.waitBeforeRequest(oneTooOld, NOW)).isZero();
    }

    @Test
    void five_codes_for_one_account_whatever_the_invitations() {
        List<Code> four = List.of(code(8, false, 0), code(7, false, 0), code(6, true, 0), code(3, false, 0));
        assertThat(CodeLimits.waitBeforeRequest(four, NOW)).isZero();

        List<Code> five = List.of(code(8, false, 0), code(7, false, 0), code(6, true, 0), code(3, false, 0), code(1, false, 0));
        assertThat(CodeLimits.waitBeforeRequest(five, NOW)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void wrong_tries_add_up_over_codes_so_a_new_code_brings_no_new_tries() {
        List<Code> codes = List.of(code(6, true, 3), code(2, true, 1));
        assertThat(CodeLimits.triesLeft(codes, NOW)).isEqualTo(1);
        assertThat(CodeLimits.waitBeforeTry(codes, NOW)).isZero();

        List<Code> spent = List.of(code(6, true, 3), code(2, true, 2));
        assertThat(CodeLimits.triesLeft(spent, NOW)).isZero();
        assertThat(CodeLimits.waitBeforeTry(spent, NOW)).as("until the code with 3 tries leaves the window")
                .isEqualTo(Duration.ofMinutes(4));

        List<Code> later = List.of(code(11, true, 3), code(2, true, 2));
        assertThat(CodeLimits.triesLeft(later, NOW)).isEqualTo(3);
    }

    @Test
    void waits_are_said_in_words_rounded_up() {
        assertThat(CodeLimits.inWords(Duration.ofSeconds(40))).isEqualTo("in 40 seconds");
        assertThat(CodeLimits.inWords(Duration.ofSeconds(61))).isEqualTo("in 2 minutes");
        assertThat(CodeLimits.inWords(Duration.ofMinutes(1))).isEqualTo("in 1 minute");
        assertThat(CodeLimits.inWords(Duration.ofMillis(1))).isEqualTo("in 1 second");
    }

    private static Code code(int minutesAgo, boolean sameInvitation, int wrongTries) {
        return new Code(NOW.minus(Duration.ofMinutes(minutesAgo)), sameInvitation, wrongTries);
    }
}
