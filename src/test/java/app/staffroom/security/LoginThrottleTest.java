package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void four_failures_in_a_row_cost_nothing() {
        assertThat(LoginThrottle.lockedUntil(4, 4, NOW, NOW)).isNull();
    }

    @Test
    void the_delay_starts_at_the_fifth_failure_and_doubles_with_each_further_one() {
        assertThat(LoginThrottle.lockedUntil(5, 5, NOW, NOW)).isEqualTo(NOW.plusSeconds(1));
        assertThat(LoginThrottle.lockedUntil(6, 6, NOW, NOW)).isEqualTo(NOW.plusSeconds(2));
        assertThat(LoginThrottle.lockedUntil(7, 7, NOW, NOW)).isEqualTo(NOW.plusSeconds(4));
        assertThat(LoginThrottle.lockedUntil(12, 12, NOW, NOW)).isEqualTo(NOW.plusSeconds(128));
    }

    @Test
    void the_delay_never_exceeds_fifteen_minutes() {
        assertThat(LoginThrottle.lockedUntil(15, 15, NOW, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(LoginThrottle.lockedUntil(90, 90, NOW, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void the_hundredth_failure_of_an_hour_locks_until_the_hour_is_over() {
        Instant windowStart = NOW.minus(Duration.ofMinutes(10));

        assertThat(LoginThrottle.lockedUntil(1, 100, windowStart, NOW)).isEqualTo(windowStart.plus(Duration.ofHours(1)));
        assertThat(LoginThrottle.lockedUntil(1, 99, windowStart, NOW)).isNull();
    }
}
