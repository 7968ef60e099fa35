package app.staffroom.review;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person in an access review: what they had when it started (frozen), whose row it is, and the decision.
 *
 * @param locations   their locations by name, comma-separated, the default one marked "(default)"
 * @param lastSignIn  their last sign-in to the practice before the review; null when they never signed in
 * @param twoFactor   their second sign-in factors, in words ("Authenticator app", "2 passkeys", "None")
 * @param elevation   a temporary role they held then; null when none
 * @param decision    null while undecided
 * @param note        the reviewer's note as typed; empty when none
 */
public record ReviewRow(UUID teammateId, String name, String email, String role, String locations,
                        @Nullable Instant lastSignIn, String twoFactor, @Nullable String elevation, UUID reviewerId,
                        String reviewer, @Nullable Decision decision, String note, @Nullable Instant decidedAt,
                        @Nullable String decidedBy) {

    public boolean decided() {
        return decision != null;
    }

    /** True when the row is about its own reviewer (see {@link ReviewAssignment}). */
    public boolean selfReview() {
        return teammateId.equals(reviewerId);
    }
}
