package app.staffroom.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How long an account stays locked after failed sign-ins: free retries for the first four, then a
 * delay that doubles with every further failure, and never more than 100 failures in an hour.
 */
final class LoginThrottle {

    static final int FAILURES_BEFORE_DELAY = 4;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final int FAILURES_PER_HOUR = 100;
    static final Duration WINDOW = Duration.ofHours(1);

    private LoginThrottle() {
    }

    static @Nullable Instant lockedUntil(int consecutiveFailures, int failuresInWindow,
                                         @Nullable Instant windowStartedAt, Instant now) {
        Instant until = null;
        if (consecutiveFailures > FAILURES_BEFORE_DELAY) {
            until = now.plus(delayAfter(consecutiveFailures));
        }
        if (failuresInWindow >= FAILURES_PER_HOUR && windowStartedAt != null) {
            Instant windowEnd = windowStartedAt.plus(WINDOW);
            if (until == null || windowEnd.isAfter(until)) {
                until = windowEnd;
            }
        }
        return until;
    }

    static Duration delayAfter(int consecutiveFailures) {
        int doublings = consecutiveFailures - FAILURES_BEFORE_DELAY - 1;
        if (doublings >= 20) {
            return LONGEST_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
