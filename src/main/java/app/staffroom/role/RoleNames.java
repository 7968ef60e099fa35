package app.staffroom.role;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import app.staffroom.security.Actor;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** What a role may be called and described: the rules {@link RoleService} applies before any change. */
final class RoleNames {

    private final DatabaseClient db;

    RoleNames(DatabaseClient db) {
        this.db = db;
    }

    /** A role's name (1–60 visible characters, unique) and description (up to 300, multi-line). */
    Mono<Void> validate(Actor actor, String name, String description, @Nullable UUID except) {
        String describes = TypedText.multiLineProblem(description);
        if (describes != null || description.strip().length() > 300) {
            return Mono.error(new ChangeRefusedException(describes != null ? "Description: " + describes
                    : "A role's description has at most 300 characters."));
        }
        String typed = TypedText.requiredProblem(name, "the role's name");
        if (typed != null) {
            return Mono.error(new ChangeRefusedException(typed));
        }
        if (name.length() > 60) {
            return Mono.error(new ChangeRefusedException("A role's name has 1 to 60 characters."));
        }
        String skeleton = TypedText.skeleton(name);
        return db.sql("select name from role where workspace_id = :w and id <> :except")
                .bind("w", actor.workspaceId()).bind("except", except == null ? new UUID(0, 0) : except)
                .map(row -> row.get(0, String.class)).all()
                .filter(other -> TypedText.skeleton(other).equals(skeleton)).next()
                .flatMap(other -> Mono.<Void>error(new ChangeRefusedException("There is already a role called " + other
                        + (other.equals(name) ? "" : ", which this name would be mistaken for") + ".")));
    }
}
