package app.staffroom.credential;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.TeammateManagement;
import app.staffroom.security.Actor;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * Who may see and change whose credentials. A person always may their own while an active teammate. Someone
 * else's: seen with Team "view" when the actor may see that teammate, changed with Team "manage users" when the
 * actor may manage them (same practice, visible, holding nothing the actor lacks; see {@link TeammateManagement}).
 * Only providers hold credentials.
 */
final class CredentialHolders {

    /** A provider whose credentials the actor may see or change. */
    record Holder(UUID teammateId, String name) {
    }

    private final DatabaseClient db;
    private final AccessService access;
    private final TeammateManagement management;

    CredentialHolders(DatabaseClient db, AccessService access, TeammateManagement management) {
        this.db = db;
        this.access = access;
        this.management = management;
    }

    /** Fails with AccessDeniedException or ChangeRefusedException when the actor may not see them. */
    Mono<Holder> visible(Actor actor, UUID teammate) {
        if (teammate.equals(actor.teammateId())) {
            return self(actor);
        }
        return access.visibility(actor, Permission.TEAM_VIEW).flatMap(visible -> visible.bind(db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name, t.works_as_provider
                          from teammate t join account a on a.id = t.account_id
                         where t.id = :t and t.workspace_id = :w and %s
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("t", teammate).bind("w", actor.workspaceId())
                .map(row -> provider(row.get("id", UUID.class), row.get("name", String.class),
                        row.get("works_as_provider", Boolean.class)))
                .one())
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.teammateNotInPractice"))))
                .flatMap(found -> found);
    }

    /** Fails with AccessDeniedException or ChangeRefusedException when the actor may not change them. */
    Mono<Holder> editable(Actor actor, UUID teammate) {
        if (teammate.equals(actor.teammateId())) {
            return self(actor);
        }
        return management.require(actor, teammate).flatMap(managed -> db.sql(
                        "select works_as_provider from teammate where id = :t and workspace_id = :w")
                .bind("t", teammate).bind("w", actor.workspaceId())
                .map(row -> provider(managed.id(), managed.fullName(), row.get("works_as_provider", Boolean.class)))
                .one()
                .flatMap(found -> found));
    }

    /** True when {@link #editable} would let the actor change them. */
    Mono<Boolean> canEdit(Actor actor, UUID teammate) {
        return editable(actor, teammate).thenReturn(true)
                .onErrorResume(error -> error instanceof AccessDeniedException || error instanceof ChangeRefusedException,
                        refused -> Mono.just(false));
    }

    private Mono<Holder> self(Actor actor) {
        return db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name, t.works_as_provider
                          from teammate t join account a on a.id = t.account_id
                         where t.id = :t and t.workspace_id = :w and t.account_id = :a and t.status = 'ACTIVE'
                        """)
                .bind("t", actor.teammateId()).bind("w", actor.workspaceId()).bind("a", actor.accountId())
                .map(row -> provider(row.get("id", UUID.class), row.get("name", String.class),
                        row.get("works_as_provider", Boolean.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(new Phrase("refusals.notActiveTeammate"))))
                .flatMap(found -> found);
    }

    private static Mono<Holder> provider(UUID id, String name, Boolean worksAsProvider) {
        return Boolean.TRUE.equals(worksAsProvider) ? Mono.just(new Holder(Objects.requireNonNull(id), name))
                : Mono.error(new ChangeRefusedException(new Phrase("refusals.credential.notProvider", name)));
    }
}
