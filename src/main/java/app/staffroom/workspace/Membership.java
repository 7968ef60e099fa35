package app.staffroom.workspace;

import app.staffroom.role.BuiltInRole;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One workspace an account may work in, as the account sees it. {@code roleSeeded} is the built-in role whose seeded
 * name the role still has, else null.
 */
public record Membership(UUID workspaceId, String workspaceName, UUID teammateId, String roleName,
                         @Nullable BuiltInRole roleSeeded) {

    /** The role's name as the current person reads it. */
    public String shownRoleName() {
        return BuiltInRole.shownName(roleName, roleSeeded);
    }
}
