package app.staffroom.role;

import app.staffroom.base.Phrase;
import app.staffroom.security.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Statements and wording that {@link RoleService} shares between its changes. */
final class RoleRows {

    private RoleRows() {
    }

    static Mono<Void> insertPermissions(DatabaseClient db, Actor actor, UUID roleId, Set<Permission> permissions) {
        if (permissions.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("insert into role_permission (workspace_id, role_id, permission) select :w, :r, unnest(:p)")
                .bind("w", actor.workspaceId()).bind("r", roleId)
                .bind("p", permissions.stream().map(Permission::name).toArray(String[]::new))
                .fetch().rowsUpdated().then();
    }

    /** Names only the holders the actor may see, and counts the others without naming them. */
    static Phrase heldBy(String role, List<String> visible, long activeOrPending) {
        if (activeOrPending == 0) {
            return new Phrase("refusals.role.heldByInactive", role);
        }
        long unseen = Math.max(0, activeOrPending - visible.size());
        if (unseen == 0) {
            return new Phrase("refusals.role.heldBy", role, String.join(", ", visible));
        }
        return visible.isEmpty() ? new Phrase("refusals.role.heldByOthers", role, unseen)
                : new Phrase("refusals.role.heldByAndOthers", role, String.join(", ", visible), unseen);
    }

    /**
     * Whether the role holds each permission, by its label ("Team: Manage roles" → yes/no), so that the audit
     * trail of a change reads as the permissions gained and lost.
     */
    static Map<String, Object> held(Set<Permission> permissions) {
        Map<String, Object> held = new LinkedHashMap<>();
        for (Permission permission : Permission.values()) {
            held.put(permission.group().label() + ": " + permission.label(), permissions.contains(permission));
        }
        return held;
    }

    /** The permissions' names, sorted, as the audit trail keeps them. */
    static Set<String> names(Set<Permission> permissions) {
        Set<String> names = new TreeSet<>();
        permissions.forEach(permission -> names.add(permission.name()));
        return names;
    }
}
