package app.staffroom.elevation;

import app.staffroom.role.BuiltInRole;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One elevation as granted: the temporary role and the one it replaced, why, by whom, from when until when, and
 * when and how it ended ({@code endedAt} null while it lasts). The roles' names are as stored (what audit values and
 * mail repeat); {@code roleSeeded} and {@code previousRoleSeeded} are the built-in roles whose seeded names they still
 * have, else null.
 */
public record Elevation(UUID id, UUID workspaceId, UUID teammateId, String teammateName, String roleName, String previousRoleName,
                        String reason, String grantedBy, Instant startsAt, Instant endsAt, @Nullable Instant endedAt,
                        @Nullable String endReason, @Nullable BuiltInRole roleSeeded, @Nullable BuiltInRole previousRoleSeeded) {

    /** The temporary role's name as the current person reads it. */
    public String shownRoleName() {
        return BuiltInRole.shownName(roleName, roleSeeded);
    }

    /** The name of the role it replaced, as the current person reads it. */
    public String shownPreviousRoleName() {
        return BuiltInRole.shownName(previousRoleName, previousRoleSeeded);
    }
}
