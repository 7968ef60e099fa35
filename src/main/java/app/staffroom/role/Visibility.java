package app.staffroom.role;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Which teammates of the workspace an actor may see: everyone with Team "see all locations", else only
 * themselves and those who share one of their locations. Every service that returns people applies it
 * to its query through {@link #sql} and {@link #bind}.
 *
 * @param narrowTo the actor's own teammate id when narrowed, null when the actor sees everyone
 */
public record Visibility(@Nullable UUID narrowTo) {

    /** Sees every teammate of the workspace. */
    public static final Visibility EVERYONE = new Visibility(null);

    public boolean isNarrowed() {
        return narrowTo != null;
    }

    /** The narrowing as the id it depends on, for keys of shared reads. */
    public Optional<UUID> key() {
        return Optional.ofNullable(narrowTo);
    }

    /**
     * An SQL condition, true when the teammate whose id is in {@code teammateId} (a column or expression,
     * in the workspace {@code workspaceId}) may be seen. Uses the parameter {@code :visible_to}, which
     * {@link #bind} supplies.
     */
    public String sql(String teammateId, String workspaceId) {
        if (narrowTo == null) {
            return "true";
        }
        return "(" + teammateId + " = :visible_to or exists (select 1 from teammate_location theirs"
                + " join teammate_location mine on mine.location_id = theirs.location_id"
                + " and mine.workspace_id = theirs.workspace_id and mine.teammate_id = :visible_to"
                + " where theirs.teammate_id = " + teammateId + " and theirs.workspace_id = " + workspaceId + "))";
    }

    /** Binds what {@link #sql} refers to; returns the spec unchanged when nothing is narrowed. */
    public GenericExecuteSpec bind(GenericExecuteSpec spec) {
        return narrowTo == null ? spec : spec.bind("visible_to", narrowTo);
    }
}
