package app.staffroom.elevation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One elevation as granted: the temporary role and the one it replaced, why, by whom, from when until when, and
 * when and how it ended ({@code endedAt} null while it lasts).
 */
public record Elevation(UUID id, UUID workspaceId, UUID teammateId, String teammateName, String roleName, String previousRoleName,
                        String reason, String grantedBy, Instant startsAt, Instant endsAt, @Nullable Instant endedAt,
                        @Nullable String endReason) {
}
