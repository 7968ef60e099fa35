package app.staffroom.role;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import app.staffroom.base.Phrase;
import app.staffroom.base.TypedText;
import app.staffroom.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * What a role may be called and described: the rules {@link RoleService} applies before any change, and the
 * forms that take a role's name and description check on their fields.
 */
public final class RoleNames {

    /** What a form that gives a role says when none is chosen. */
    /** "Choose a role.", in the current person's language. */
    public static String notChosen() {
        return Messages.text("rules.role.notChosen");
    }

    /** Longest name, in characters. */
    public static final int NAME_MAX = 60;
    /** Longest description, in characters. */
    public static final int DESCRIPTION_MAX = 300;

    private final DatabaseClient db;

    RoleNames(DatabaseClient db) {
        this.db = db;
    }

    /** Why {@code name} cannot be a role's name by itself (1 to {@value #NAME_MAX} characters), or null. */
    public static @Nullable String nameProblem(String name) {
        String typed = TypedText.requiredProblem(name, Messages.text("rules.what.roleName"));
        if (typed != null) {
            return typed;
        }
        return name.strip().length() > NAME_MAX ? Messages.text("rules.role.nameLength", NAME_MAX) : null;
    }

    /** Why {@code description} cannot describe a role (at most {@value #DESCRIPTION_MAX} characters), or null. */
    public static @Nullable String descriptionProblem(String description) {
        String typed = TypedText.multiLineProblem(description);
        if (typed != null) {
            return typed;
        }
        return description.strip().length() > DESCRIPTION_MAX
                ? Messages.text("rules.role.descriptionLength", DESCRIPTION_MAX) : null;
    }

    /** A role's name (unique by {@link TypedText#skeleton}) and description, by the rules above. */
    Mono<Void> validate(Actor actor, String name, String description, @Nullable UUID except) {
        if (descriptionProblem(description) != null) {
            return Mono.error(new FieldRefusedException("description",
                    () -> String.valueOf(descriptionProblem(description))));
        }
        if (nameProblem(name) != null) {
            return Mono.error(new FieldRefusedException("name", () -> String.valueOf(nameProblem(name))));
        }
        String skeleton = TypedText.skeleton(name);
        return db.sql("select name, built_in, name_seeded from role where workspace_id = :w and id <> :except")
                .bind("w", actor.workspaceId()).bind("except", except == null ? new UUID(0, 0) : except)
                .map(row -> new Other(Objects.requireNonNull(row.get("name", String.class)),
                        Boolean.TRUE.equals(row.get("name_seeded", Boolean.class))
                                ? BuiltInRole.seeded(row.get("built_in", String.class)) : null)).all()
                .filter(other -> other.names().stream().anyMatch(shown -> TypedText.skeleton(shown).equals(skeleton))).next()
                .flatMap(other -> Mono.<Void>error(new FieldRefusedException("name", new Phrase("refusals.role.nameTaken",
                        other.seeded() == null ? other.name() : other.seeded(),
                        other.names().contains(name.strip()) ? "same" : "lookalike"))));
    }

    /** Another role of the practice: its stored name, and the built-in role whose name it still has (or null). */
    private record Other(String name, @Nullable BuiltInRole seeded) {

        /** Every name a person may read it by: as stored, and a seeded name in each language Staffroom speaks. */
        List<String> names() {
            List<String> names = new ArrayList<>(List.of(name));
            if (seeded != null) {
                Languages.SUPPORTED.forEach(language -> names.add(Messages.label(seeded, language)));
            }
            return names;
        }
    }
}
