package app.staffroom.factor;

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
 */
public record SecurityRow(UUID teammateId, String name, String email, String role, @Nullable Instant deadline,
                          boolean authenticatorApp, int passkeys, int recoveryCodesLeft, boolean overdue) {

    public boolean hasSecondFactor() {
        return authenticatorApp || passkeys > 0;
    }
}
