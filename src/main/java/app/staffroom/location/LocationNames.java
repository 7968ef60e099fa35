package app.staffroom.location;

import app.staffroom.base.Messages;
import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import app.staffroom.security.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The rule for a location's name: 1 to {@value #MAX_LENGTH} characters of ordinary text, and never one that
 * people would take for another location of the practice (compared by {@link TypedText#skeleton}).
 */
public final class LocationNames {

    /** Longest name, in characters. */
    public static final int MAX_LENGTH = 120;

    private LocationNames() {
    }

    /** Why {@code name} cannot be a location's name by itself, or null when it can. */
    public static @Nullable String problem(String name) {
        String typed = TypedText.requiredProblem(name, Messages.text("rules.what.locationName"));
        if (typed != null) {
            return typed;
        }
        return name.strip().length() > MAX_LENGTH ? Messages.text("rules.location.nameLength", MAX_LENGTH) : null;
    }

    /**
     * Refuses a name an open location of the practice already has (other than {@code except}), and, when
     * {@code orArchived}, one an archived location has, pointing to restoring it instead.
     */
    static Mono<Void> requireFree(DatabaseClient db, Actor actor, String name, @Nullable UUID except, boolean orArchived) {
        if (problem(name) != null) {
            return Mono.error(new ChangeRefusedException(() -> String.valueOf(problem(name))));
        }
        String skeleton = TypedText.skeleton(name.strip());
        return db.sql("select name, archived_at from location where workspace_id = :w and id <> :except"
                        + (orArchived ? "" : " and archived_at is null"))
                .bind("w", actor.workspaceId()).bind("except", except == null ? new UUID(0, 0) : except)
                .map(row -> new Named(Objects.requireNonNull(row.get("name", String.class)), row.get("archived_at", Instant.class)))
                .all()
                .filter(other -> TypedText.skeleton(other.name()).equals(skeleton))
                .sort((a, b) -> Boolean.compare(a.archivedAt() != null, b.archivedAt() != null))
                .next()
                .flatMap(other -> Mono.error(new ChangeRefusedException(other.refusal(name.strip()))));
    }

    private record Named(String name, @Nullable Instant archivedAt) {
        Phrase refusal(String typed) {
            String same = name.equals(typed) ? "same" : "lookalike";
            return new Phrase(archivedAt == null ? "refusals.location.nameTaken" : "refusals.location.nameArchived", name, same);
        }
    }
}
