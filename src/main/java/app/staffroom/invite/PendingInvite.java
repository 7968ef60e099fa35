package app.staffroom.invite;

import app.staffroom.role.BuiltInRole;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invitation waiting for its answer, as the pending invites screen lists it. {@code roleSeeded} is the built-in
 * role whose seeded name the role still has, else null.
 */
public record PendingInvite(UUID invitationId, UUID teammateId, String email, String name, String roleName,
                            String invitedBy, Instant sentAt, Instant expiresAt, int timesSent, boolean expired,
                            @Nullable BuiltInRole roleSeeded) {

    /** The role's name as the current person reads it. */
    public String shownRoleName() {
        return BuiltInRole.shownName(roleName, roleSeeded);
    }
}
