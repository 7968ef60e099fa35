package app.staffroom.invite;

import java.time.Instant;
import java.util.UUID;

/** An invitation waiting for its answer, as the pending invites screen lists it. */
public record PendingInvite(UUID invitationId, UUID teammateId, String email, String name, String roleName,
                            String invitedBy, Instant sentAt, Instant expiresAt, int timesSent, boolean expired) {
}
