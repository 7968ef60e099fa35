package app.staffroom.role;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.security.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The roles of a workspace and what each may do. Changing them needs Team "manage roles"; the Admin
 * role always keeps every permission; nobody grants a permission they do not hold themselves.
 */
@Service
public class RoleService {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final RoleNames names;

    RoleService(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.names = new RoleNames(db);
    }

    /**
     * The workspace's roles by name, each saying whether the actor may give it (every one of its
     * permissions is held by the actor). Lists to choose a role from offer only those. Needs Team "view".
     */
    public Flux<RoleSummary> listRoles(Actor actor) {
        return access.permissionsOf(actor).flatMapMany(held -> matrix(actor).map(column -> new RoleSummary(column.id(),
                column.name(), column.builtIn(), AccessService.assignable(column.permissions(), held), column.nameSeeded())));
    }

    /**
     * Every role with its permissions and the number of active and pending teammates holding it, counting
     * only the teammates the actor may see (see {@link Visibility}). Needs Team "view".
     */
    public Flux<RoleColumn> matrix(Actor actor) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMapMany(visible -> visible.bind(db.sql("""
                        select r.id, r.name, r.description, r.built_in, r.name_seeded, r.description_seeded,
                               coalesce((select array_agg(rp.permission) from role_permission rp where rp.role_id = r.id), '{}') as permissions,
                               (select count(*) from teammate t where t.role_id = r.id and t.workspace_id = r.workspace_id
                                   and t.status <> 'INACTIVE' and %s) as holders
                          from role r where r.workspace_id = :w order by lower(r.name), r.id
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("w", actor.workspaceId())
                .map(row -> {
                    String builtIn = row.get("built_in", String.class);
                    Set<Permission> permissions = Permission.named(row.get("permissions", String[].class));
                    return new RoleColumn(row.get("id", UUID.class), row.get("name", String.class),
                            row.get("description", String.class), builtIn == null ? null : BuiltInRole.valueOf(builtIn),
                            permissions, row.get("holders", Long.class),
                            Boolean.TRUE.equals(row.get("name_seeded", Boolean.class)),
                            Boolean.TRUE.equals(row.get("description_seeded", Boolean.class)));
                })
                .all());
    }

    /**
     * Who holds the role (active and pending teammates), by name, among the teammates the actor may see
     * (see {@link Visibility}). Needs Team "view".
     */
    public Flux<String> holders(Actor actor, UUID roleId) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMapMany(visible -> role(actor, roleId)
                .thenMany(visible.bind(db.sql("""
                                select a.first_name || ' ' || a.last_name as name from teammate t join account a on a.id = t.account_id
                                 where t.role_id = :r and t.workspace_id = :w and t.status <> 'INACTIVE' and %s
                                 order by t.sort_name
                                """.formatted(visible.sql("t.id", "t.workspace_id"))))
                        .bind("r", roleId).bind("w", actor.workspaceId())
                        .map(row -> row.get(0, String.class)).all()));
    }

    /** Grants or withdraws one permission of one role. Needs Team "manage roles". */
    public Mono<RoleColumn> setPermission(Actor actor, UUID roleId, Permission permission, boolean granted) {
        return access.require(actor, Permission.TEAM_MANAGE_ROLES).then(editable(actor, roleId))
                .flatMap(before -> {
                    if (before.permissions().contains(permission) == granted) {
                        return Mono.just(before);
                    }
                    Set<Permission> after = EnumSet.copyOf(before.permissions().isEmpty()
                            ? EnumSet.noneOf(Permission.class) : before.permissions());
                    if (granted) {
                        after.add(permission);
                    } else {
                        after.remove(permission);
                    }
                    return replacePermissions(actor, before, after, "ROLE_PERMISSION_CHANGED");
                });
    }

    /** A new custom role, empty or with the permissions of another role. Needs Team "manage roles". */
    public Mono<RoleColumn> createRole(Actor actor, String name, String description, @Nullable UUID copyOf) {
        String clean = name.strip();
        return access.require(actor, Permission.TEAM_MANAGE_ROLES)
                .then(names.validate(actor, clean, description, null))
                .then(copyOf == null ? Mono.just(Set.<Permission>of()) : role(actor, copyOf).map(RoleColumn::permissions))
                .flatMap(permissions -> requireHeld(actor, permissions).thenReturn(permissions))
                .flatMap(permissions -> {
                    UUID id = UUID.randomUUID();
                    return db.sql("insert into role (id, workspace_id, name, description) values (:id, :w, :name, :description)")
                            .bind("id", id).bind("w", actor.workspaceId()).bind("name", clean)
                            .bind("description", description.strip())
                            .fetch().rowsUpdated()
                            .then(RoleRows.insertPermissions(db, actor, id, permissions))
                            .then(audit.record(new AuditEntry(actor, "ROLE_CREATED", "ROLE", id, clean, Map.of(),
                                    Map.of("name", clean, "description", description.strip(),
                                            "permissions", RoleRows.names(permissions))), LiveEvent.Kind.ROLE))
                            .then(role(actor, id));
                })
                .as(transaction::transactional);
    }

    /** Renames and describes a role. Needs Team "manage roles". */
    public Mono<RoleColumn> renameRole(Actor actor, UUID roleId, String name, String description) {
        String clean = name.strip();
        return access.require(actor, Permission.TEAM_MANAGE_ROLES).then(changeable(actor, roleId))
                .flatMap(before -> names.validate(actor, clean, description, roleId)
                        // A seeded wording stays seeded (and shown in the reader's language) only while unchanged.
                        .then(db.sql("update role set name_seeded = name_seeded and name = :name, "
                                        + "description_seeded = description_seeded and description = :description, "
                                        + "name = :name, description = :description, version = version + 1 "
                                        + "where id = :id and workspace_id = :w")
                                .bind("name", clean).bind("description", description.strip())
                                .bind("id", roleId).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                        .then(audit.record(AuditEntry.changes(actor, "ROLE_RENAMED", "ROLE", roleId, clean,
                                Map.of("name", before.name(), "description", before.description()),
                                Map.of("name", clean, "description", description.strip())), LiveEvent.Kind.ROLE))
                        .then(role(actor, roleId)))
                .as(transaction::transactional);
    }

    /** Deletes a custom role nobody holds. Needs Team "manage roles". */
    public Mono<Void> deleteRole(Actor actor, UUID roleId) {
        return access.require(actor, Permission.TEAM_MANAGE_ROLES).then(changeable(actor, roleId))
                .flatMap(role -> {
                    if (role.builtIn() != null) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.role.builtIn", role.name())));
                    }
                    return db.sql("""
                                    select count(*) as anyone, count(*) filter (where status <> 'INACTIVE') as current
                                      from teammate where role_id = :r and workspace_id = :w
                                    """)
                            .bind("r", roleId).bind("w", actor.workspaceId())
                            .map(row -> new long[] {row.get("anyone", Long.class), row.get("current", Long.class)}).one()
                            .flatMap(held -> held[0] == 0 ? Mono.<Void>empty() : holders(actor, roleId).collectList()
                                    .flatMap(names -> Mono.error(new ChangeRefusedException(
                                            RoleRows.heldBy(role.name(), names, held[1])))))
                            .then(temporaryRoles(actor, roleId, role.name()))
                            .then(db.sql("delete from role where id = :id and workspace_id = :w")
                                    .bind("id", roleId).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                            .then(audit.record(new AuditEntry(actor, "ROLE_DELETED", "ROLE", roleId, role.name(),
                                    Map.of("name", role.name(), "permissions", RoleRows.names(role.permissions())), Map.of()),
                                    LiveEvent.Kind.ROLE));
                })
                .as(transaction::transactional);
    }

    /** Refuses to delete a role that temporary roles given or taken back name: their record is kept for review. */
    private Mono<Void> temporaryRoles(Actor actor, UUID roleId, String name) {
        return db.sql("select count(*) from elevation where workspace_id = :w and (role_id = :r or previous_role_id = :r)")
                .bind("r", roleId).bind("w", actor.workspaceId())
                .map(row -> row.get(0, Long.class)).one()
                .flatMap(count -> count == 0 ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(
                        new Phrase("refusals.role.temporaryRoles", name))));
    }

    /** Gives a built-in role its default permissions again. Needs Team "manage roles". */
    public Mono<RoleColumn> resetRole(Actor actor, UUID roleId) {
        return access.require(actor, Permission.TEAM_MANAGE_ROLES).then(editable(actor, roleId))
                .flatMap(before -> before.builtIn() == null
                        ? Mono.error(new ChangeRefusedException(new Phrase("refusals.role.noDefaults")))
                        : replacePermissions(actor, before, before.builtIn().defaultPermissions(), "ROLE_RESET"));
    }

    private Mono<RoleColumn> replacePermissions(Actor actor, RoleColumn before, Set<Permission> after, String action) {
        Set<Permission> added = EnumSet.noneOf(Permission.class);
        added.addAll(after);
        added.removeAll(before.permissions());
        return requireHeld(actor, added)
                .then(db.sql("delete from role_permission where role_id = :r and workspace_id = :w")
                        .bind("r", before.id()).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then(RoleRows.insertPermissions(db, actor, before.id(), after))
                .then(db.sql("update role set version = version + 1 where id = :r").bind("r", before.id()).fetch().rowsUpdated())
                .then(audit.record(AuditEntry.changes(actor, action, "ROLE", before.id(), before.name(),
                        RoleRows.held(before.permissions()), RoleRows.held(after)), LiveEvent.Kind.ROLE))
                .then(role(actor, before.id()))
                .as(transaction::transactional);
    }

    /** No escalation: a permission can be handed out only by someone who holds it. */
    private Mono<Void> requireHeld(Actor actor, Set<Permission> granted) {
        if (granted.isEmpty()) {
            return Mono.empty();
        }
        return access.permissionsOf(actor).flatMap(held -> {
            List<Permission> missing = granted.stream().filter(permission -> !held.contains(permission)).sorted().toList();
            return missing.isEmpty() ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(
                    new Phrase("refusals.role.notHeld", AccessService.permissions(missing))));
        });
    }

    private Mono<RoleColumn> editable(Actor actor, UUID roleId) {
        return changeable(actor, roleId).flatMap(role -> role.isLocked()
                ? Mono.error(new ChangeRefusedException(new Phrase("refusals.role.adminHasAll")))
                : Mono.just(role))
                .flatMap(role -> db.sql("select role_id from teammate where id = :t and workspace_id = :w")
                        .bind("t", actor.teammateId()).bind("w", actor.workspaceId())
                        .map(row -> row.get(0, UUID.class)).one()
                        .flatMap(own -> own.equals(roleId)
                                ? Mono.<RoleColumn>error(new ChangeRefusedException(
                                        new Phrase("refusals.role.ownRole")))
                                : Mono.just(role))
                        .defaultIfEmpty(role));
    }

    /**
     * The role, when the actor may change it: nobody renames, re-describes, deletes or edits the
     * permissions of a role that holds more than they do (the rule of {@link AccessService#requireAssignable}).
     */
    private Mono<RoleColumn> changeable(Actor actor, UUID roleId) {
        return role(actor, roleId).flatMap(role -> access.requireAssignable(actor, roleId).thenReturn(role));
    }

    private Mono<RoleColumn> role(Actor actor, UUID roleId) {
        return matrix(actor).filter(column -> column.id().equals(roleId)).next()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.roleNotInWorkspace"))));
    }
}
