package app.staffroom.role;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.base.AccessPeriod;
import app.staffroom.base.ChangeRefusedException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import app.staffroom.live.SharedReads;
import app.staffroom.security.Actor;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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

    private record PermissionsOf(UUID teammate, UUID account, Instant now) {
    }

    private final DatabaseClient db;
    private final SharedReads shared;
    private final Clock clock;

    AccessService(DatabaseClient db, SharedReads shared, Clock clock) {
        this.db = db;
        this.shared = shared;
        this.clock = clock;
    }

    /**
     * What the actor may do now: the permissions of their role while they are an active teammate within their
     * access period ({@link AccessPeriod}); nothing otherwise.
     */
    public Mono<Set<Permission>> permissionsOf(Actor actor) {
        // To the second: checks made at the same moment share one read, and a period's end is seen within a second.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return shared.read(actor.workspaceId(), new PermissionsOf(actor.teammateId(), actor.accountId(), now), () -> db.sql("""
                        select rp.permission
                          from teammate t
                          join workspace w on w.id = t.workspace_id
                          join role_permission rp on rp.role_id = t.role_id and rp.workspace_id = t.workspace_id
                         where t.id = :teammate and t.workspace_id = :workspace and t.account_id = :account
                           and t.status = 'ACTIVE' and """ + AccessPeriod.VALID_SQL)
                .bind("now", now)
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

    /**
     * Checks {@code permission} and tells which teammates the actor may see (see {@link Visibility}).
     * Fails with {@link AccessDeniedException} without the permission.
     */
    public Mono<Visibility> visibility(Actor actor, Permission permission) {
        return permissionsOf(actor).flatMap(held -> held.contains(permission)
                ? Mono.just(held.contains(Permission.TEAM_ALL_LOCATIONS) ? Visibility.EVERYONE
                        : new Visibility(actor.teammateId()))
                : require(actor, permission).then(Mono.empty()));
    }

    /**
     * Completes empty when the actor may give the role to someone: every permission of the role is one
     * the actor holds (nobody hands out more than they hold, OWASP ASVS 5.0 V8.2.1). Fails with
     * {@link AccessDeniedException} naming what is missing, or {@link ChangeRefusedException} for a role
     * of another workspace. Also the rule for acting on a teammate who holds the role: nobody changes,
     * deactivates or invites someone who holds more than they do.
     */
    public Mono<Void> requireAssignable(Actor actor, UUID roleId) {
        return Mono.zip(permissionsOf(actor), rolePermissions(actor, roleId)).flatMap(both -> {
            List<Permission> missing = both.getT2().permissions().stream().filter(p -> !both.getT1().contains(p))
                    .sorted().toList();
            return missing.isEmpty() ? Mono.<Void>empty() : Mono.error(new PermissionRefusedException(
                    new Phrase("refusals.role.holdsMore", both.getT2().name(), permissions(missing))));
        });
    }

    /**
     * Completes empty when the actor may give access to these locations: any of the workspace's with Team
     * "see all locations", else only their own (nobody gives more than they hold). Fails with
     * {@link AccessDeniedException} otherwise.
     */
    public Mono<Void> requireGrantableLocations(Actor actor, Set<UUID> locations) {
        if (locations.isEmpty()) {
            return Mono.empty();
        }
        return can(actor, Permission.TEAM_ALL_LOCATIONS).flatMap(everywhere -> everywhere ? Mono.<Void>empty()
                : db.sql("""
                                select count(*) from teammate_location
                                 where teammate_id = :me and workspace_id = :workspace and location_id = any(:locations)
                                """)
                        .bind("me", actor.teammateId()).bind("workspace", actor.workspaceId())
                        .bind("locations", locations.toArray(UUID[]::new))
                        .map(row -> row.get(0, Long.class)).one()
                        .flatMap(own -> own == locations.size() ? Mono.<Void>empty()
                                : Mono.error(new PermissionRefusedException(
                                        new Phrase("refusals.role.locationsNotYours")))));
    }

    /** True when {@code role} holds nothing beyond {@code held}: the rule of {@link #requireAssignable}. */
    public static boolean assignable(Set<Permission> role, Set<Permission> held) {
        return held.containsAll(role);
    }

    private record NamedPermissions(String name, Set<Permission> permissions) {
    }

    private Mono<NamedPermissions> rolePermissions(Actor actor, UUID roleId) {
        return db.sql("""
                        select r.name, coalesce((select array_agg(rp.permission) from role_permission rp
                                                  where rp.role_id = r.id and rp.workspace_id = r.workspace_id), '{}') as permissions
                          from role r where r.id = :role and r.workspace_id = :workspace
                        """)
                .bind("role", roleId).bind("workspace", actor.workspaceId())
                .map(row -> new NamedPermissions(row.get("name", String.class),
                        Permission.named(row.get("permissions", String[].class))))
                .one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.roleNotInWorkspace"))));
    }

    /** Completes empty when allowed; fails with {@link AccessDeniedException} otherwise. */
    public Mono<Void> require(Actor actor, Permission permission) {
        return can(actor, permission).flatMap(allowed -> allowed
                ? Mono.empty()
                : Mono.error(new PermissionRefusedException(
                        new Phrase("refusals.role.needed", new Phrase("refusals.permission", permission.group(), permission)))));
    }

    /** Permissions as "Team: Manage users, Audit: View the audit trail", worded in the reader's language. */
    static Phrase permissions(List<Permission> permissions) {
        return Phrase.listed(permissions.stream().map(p -> new Phrase("refusals.permission", p.group(), p)).toList());
    }
}
