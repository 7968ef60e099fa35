package app.staffroom.appearance;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.security.Actor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The theme a person chose, kept with their account so that it follows them to every practice and device.
 * Each method acts on the actor's own account only, and only while the actor is an active teammate of the
 * workspace; no permission is needed beyond that. A display preference changes nothing anyone else sees, so it
 * is neither audited nor announced.
 */
@Service
public class ThemeService {

    private static final String ACTIVE_TEAMMATE = """
            exists (select 1 from teammate t
                     where t.id = :t and t.account_id = :a and t.workspace_id = :w and t.status = 'ACTIVE')
            """;

    private final DatabaseClient db;

    ThemeService(DatabaseClient db) {
        this.db = db;
    }

    /** The actor's own choice; {@link Theme#SYSTEM} until they make one. */
    public Mono<Theme> theme(Actor actor) {
        return bind(db.sql("select a.theme from account a where a.id = :a and " + ACTIVE_TEAMMATE), actor)
                .map(row -> Theme.valueOf(row.get(0, String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> notActive()));
    }

    /** Keeps {@code theme} as the actor's own choice and answers it. */
    public Mono<Theme> save(Actor actor, Theme theme) {
        return bind(db.sql("update account set theme = :theme, updated_at = now() where id = :a and " + ACTIVE_TEAMMATE),
                actor)
                .bind("theme", theme.name())
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 1 ? Mono.just(theme) : Mono.error(notActive()));
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Actor actor) {
        return spec.bind("a", actor.accountId()).bind("t", actor.teammateId()).bind("w", actor.workspaceId());
    }

    private static AccessDeniedException notActive() {
        return new PermissionRefusedException(new Phrase("refusals.notActiveTeammate"));
    }
}
