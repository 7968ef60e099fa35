package app.staffroom.factor;

import app.staffroom.role.BuiltInRole;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One teammate on a practice's Security overview.
 *
 * @param deadline          when the practice requires a second factor of them by; null when their role does not
 * @param authenticatorApp  whether they set up an authenticator app
 * @param passkeys          how many passkeys they have
 * @param recoveryCodesLeft unused recovery codes
 * @param overdue           required, past the deadline and still without a second factor
 * @param roleSeeded        the built-in role whose seeded name the role still has, else null
 */
public record SecurityRow(UUID teammateId, String name, String email, String role, @Nullable Instant deadline,
                          boolean authenticatorApp, int passkeys, int recoveryCodesLeft, boolean overdue,
                          @Nullable BuiltInRole roleSeeded) {

    /** The role's name as the current person reads it. */
    public String shownRole() {
        return BuiltInRole.shownName(role, roleSeeded);
    }

    public boolean hasSecondFactor() {
        return authenticatorApp || passkeys > 0;
    }
}
