package app.staffroom.role;

import app.staffroom.live.SharedReads;
import app.staffroom.security.Actor;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Answers what the acting teammate may do, from the database: a role change or a deactivation takes
 * effect on the next check, never after a re-login. Checks made at the same moment (every open screen
 * re-reading after a change) share one query, and never across a change (see {@link SharedReads}). Deny by default: an actor who
 * is not an active teammate of the workspace holds no permission at all.
 */
@Service
public class AccessService {

    private record PermissionsOf(UUID teammate, UUID account) {
    }

    private final DatabaseClient db;
    private final SharedReads shared;

    AccessService(DatabaseClient db, SharedReads shared) {
        this.db = db;
        this.shared = shared;
    }

    public Mono<Set<Permission>> permissionsOf(Actor actor) {
        return shared.read(actor.workspaceId(), new PermissionsOf(actor.teammateId(), actor.accountId()), () -> db.sql("""
                        select rp.permission
                          from teammate t
                          join role_permission rp on rp.role_id = t.role_id and rp.workspace_id = t.workspace_id
                         where t.id = :teammate and t.workspace_id = :workspace and t.account_id = :account
                           and t.status = 'ACTIVE'
                        """)
                .bind("teammate", actor.teammateId())
                .bind("workspace", actor.workspaceId())
                .bind("account", actor.accountId())
                .map(row -> Permission.valueOf(row.get("permission", String.class)))
                .all()
                .collect(() -> EnumSet.noneOf(Permission.class), Set::add)
                .map(Collections::unmodifiableSet));
    }

    public Mono<Boolean> can(Actor actor, Permission permission) {
        return permissionsOf(actor).map(permissions -> permissions.contains(permission));
    }

    /** Completes empty when allowed; fails with {@link AccessDeniedException} otherwise. */
    public Mono<Void> require(Actor actor, Permission permission) {
        return can(actor, permission).flatMap(allowed -> allowed
                ? Mono.empty()
                : Mono.error(new AccessDeniedException("You need the permission '" + permission.group().label()
                        + ": " + permission.label() + "' for this.")));
    }
}
