package app.staffroom.team;

import app.staffroom.base.Messages;

import app.staffroom.base.Reasons;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The dormant-account rule (OWASP ASVS 5.0 V6.3.7, HIPAA 164.308(a)(3)(ii)(C)): after {@code days} without a
 * sign-in to the practice an active teammate is deactivated with the reason "dormant", warned {@link #WARNING}
 * before. The owner, people an Admin exempted, and people who never accepted their invitation are not dormant.
 */
public final class DormancyRules {

    public static final int FEWEST_DAYS = 30;
    public static final int MOST_DAYS = 365;
    public static final Duration WARNING = Duration.ofDays(7);
    public static String days() {
        return Messages.text("rules.dormancyRules.days");
    }
    /** "Say why this person is exempt: …", in the current person's language. */
    public static String noReason() {
        return Messages.text("rules.dormancy.noReason");
    }

    private DormancyRules() {
    }

    /** The number of days' problem, or null; null days (the rule off) is fine. */
    public static @Nullable String daysProblem(@Nullable Integer days) {
        return days != null && (days < FEWEST_DAYS || days > MOST_DAYS) ? days() : null;
    }

    public static @Nullable String exemptionProblem(String reason) {
        return reason.isBlank() ? noReason() : Reasons.problem(reason);
    }
}
