package app.staffroom.elevation;

import app.staffroom.base.Messages;
import app.staffroom.base.Reasons;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of an elevation, for the dialog and the service: a role, a length from 1 hour to 14 days,
 * and a reason (required, several lines allowed, at most {@link #REASON_MAX} characters as typed).
 */
public final class ElevationRules {

    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(14);
    public static final int REASON_MAX = Reasons.MAX;
    /** "Choose from 1 hour to 14 days.", in the current person's language. */
    public static String length() {
        return Messages.text("rules.elevation.length");
    }

    /** "Say why: …", in the current person's language. */
    public static String noReason() {
        return Messages.text("rules.elevation.noReason");
    }

    private ElevationRules() {
    }

    /** The length's problem, or null; {@code hours} is the length in whole hours as chosen. */
    public static @Nullable String lengthProblem(@Nullable Integer hours) {
        return hours == null || hours < SHORTEST.toHours() || hours > LONGEST.toHours() ? length() : null;
    }

    public static @Nullable String reasonProblem(String reason) {
        return reason.isBlank() ? noReason() : Reasons.problem(reason);
    }
}
