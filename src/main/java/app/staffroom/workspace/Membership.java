package app.staffroom.workspace;

import java.util.UUID;

/** One workspace an account may work in, as the account sees it. */
public record Membership(UUID workspaceId, String workspaceName, UUID teammateId, String roleName) {
}
