package app.staffroom.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules of access reviews: who reviews whom, and the practice's quarters. */
class ReviewRulesTest {

    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final UUID CAL = UUID.randomUUID();
    private static final UUID DEE = UUID.randomUUID();

    @Test
    void rows_go_to_the_reviewers_in_turn() {
        assertThat(ReviewAssignment.assign(List.of(CAL, DEE, CAL, DEE), List.of(ANN, BEN), ANN))
                .containsExactly(ANN, BEN, ANN, BEN);
    }

    @Test
    void a_row_about_a_reviewer_goes_to_the_next_reviewer() {
        assertThat(ReviewAssignment.assign(List.of(ANN, BEN, CAL), List.of(ANN, BEN), ANN))
                .containsExactly(BEN, ANN, BEN);
    }

    @Test
    void a_row_about_the_only_reviewer_goes_to_the_starter() {
        assertThat(ReviewAssignment.assign(List.of(BEN, CAL), List.of(BEN), ANN)).containsExactly(ANN, BEN);
    }

    @Test
    void the_only_reviewer_who_also_started_the_review_reviews_themselves() {
        assertThat(ReviewAssignment.assign(List.of(ANN, CAL), List.of(ANN), ANN)).containsExactly(ANN, ANN);
        assertThat(ReviewAssignment.assign(List.of(ANN), List.of(ANN), null)).containsExactly(ANN);
    }

    @Test
    void a_review_needs_a_reviewer() {
        assertThatThrownBy(() -> ReviewAssignment.assign(List.of(CAL), List.of(), ANN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quarter_begins_at_midnight_of_its_first_day_in_the_practices_zone() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        // 1 April 2030, 00:00 in Sydney (AEDT, UTC+11) is still 31 March in UTC.
        Instant aprilInSydney = Instant.parse("2030-03-31T13:00:00Z");
        assertThat(Quarter.of(aprilInSydney, sydney)).isEqualTo(new Quarter(2030, 2));
        assertThat(Quarter.of(aprilInSydney.minusSeconds(1), sydney)).isEqualTo(new Quarter(2030, 1));
        assertThat(Quarter.of(aprilInSydney, ZoneId.of("UTC"))).isEqualTo(new Quarter(2030, 1));
        assertThat(new Quarter(2030, 2).start(sydney)).isEqualTo(aprilInSydney);
        assertThat(new Quarter(2030, 4).next()).isEqualTo(new Quarter(2031, 1));
        assertThat(new Quarter(2030, 3).label()).isEqualTo("2030-Q3");
    }

    @Test
    void second_factors_are_said_in_words() {
        assertThat(ReviewFreeze.twoFactor(false, 0)).isEqualTo("None");
        assertThat(ReviewFreeze.twoFactor(true, 0)).isEqualTo("Authenticator app");
        assertThat(ReviewFreeze.twoFactor(false, 1)).isEqualTo("1 passkey");
        assertThat(ReviewFreeze.twoFactor(true, 2)).isEqualTo("Authenticator app and 2 passkeys");
    }
}
