package app.staffroom.demo;

import app.staffroom.role.BuiltInRole;
import app.staffroom.role.Permission;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** The built-in roles of a demo practice, each with its default permissions and its name in the reader's language. */
final class DemoRoles {

    private DemoRoles() {
    }

    /** Adds every built-in role to {@code workspace}; answers each role's new id. */
    static Map<BuiltInRole, UUID> add(SqlScript script, UUID workspace) {
        Map<BuiltInRole, UUID> roles = new EnumMap<>(BuiltInRole.class);
        for (BuiltInRole role : BuiltInRole.values()) {
            UUID roleId = UUID.randomUUID();
            roles.put(role, roleId);
            script.add("""
                    insert into role (id, workspace_id, name, description, built_in, name_seeded, description_seeded)
                    values (:id, :workspace, :name, :description, :builtIn, true, true)
                    """, "id", roleId, "workspace", workspace, "name", role.displayName(),
                    "description", role.description(), "builtIn", role.name());
            for (Permission permission : role.defaultPermissions()) {
                script.add("""
                        insert into role_permission (workspace_id, role_id, permission)
                        values (:workspace, :role, :permission)
                        """, "workspace", workspace, "role", roleId, "permission", permission.name());
            }
        }
        return roles;
    }
}
