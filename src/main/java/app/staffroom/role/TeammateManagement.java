package app.staffroom.role;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The one check before an administrator acts on a teammate's account (their sessions, a password reset):
 * Team "manage users" in the actor's practice, the teammate in that same practice and visible to the actor
 * (see {@link Visibility}), and holding no permission the actor lacks (see
 * {@link AccessService#requireAssignable}). Nobody acts across practices.
 */
@Service
public class TeammateManagement {

    private final DatabaseClient db;
    private final AccessService access;

    TeammateManagement(DatabaseClient db, AccessService access) {
        this.db = db;
        this.access = access;
    }

    /**
     * The teammate when the actor may act on them. Fails with {@link AccessDeniedException} without the
     * permission or for a teammate holding more, and with {@link ChangeRefusedException} for a teammate who is
     * not in the actor's practice or not visible to them (the two look the same).
     */
    public Mono<ManagedTeammate> require(Actor actor, UUID teammateId) {
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMap(visible -> visible.bind(db.sql("""
                        select t.id, t.account_id, t.role_id, t.status, a.first_name, a.last_name, a.email
                          from teammate t join account a on a.id = t.account_id
                         where t.id = :t and t.workspace_id = :w and %s
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("t", teammateId).bind("w", actor.workspaceId())
                .map(row -> new Found(new ManagedTeammate(row.get("id", UUID.class), row.get("account_id", UUID.class),
                        row.get("first_name", String.class), row.get("last_name", String.class),
                        row.get("email", String.class), row.get("status", String.class)), row.get("role_id", UUID.class)))
                .one())
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.teammateNotInPractice"))))
                .flatMap(found -> access.requireAssignable(actor, found.roleId()).thenReturn(found.teammate()));
    }

    private record Found(ManagedTeammate teammate, UUID roleId) {
    }
}
