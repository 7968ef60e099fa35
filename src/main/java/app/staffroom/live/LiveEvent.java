package app.staffroom.live;

import app.staffroom.base.Announced;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something changed that open screens may show: in which workspace, what kind of thing, and which one.
 * {@link Kind#RESYNC} says events may have been missed (the listener reconnected): re-query everything.
 * {@link Kind#SESSION} belongs to no workspace: an account's signed-in sessions changed (one began or
 * ended), and its id is the account's.
 */
public record LiveEvent(@Nullable UUID workspaceId, Kind kind, @Nullable UUID id, @Nullable Instant announcedAt)
        implements Announced {

    /** An event whose announcement time is unknown (not measured). */
    public LiveEvent(@Nullable UUID workspaceId, Kind kind, @Nullable UUID id) {
        this(workspaceId, kind, id, null);
    }

    public enum Kind { TEAMMATE, INVITATION, ROLE, LOCATION, PRESENCE, PRACTICE, SESSION, REVIEW, RESYNC }

    static final LiveEvent RESYNC = new LiveEvent(null, Kind.RESYNC, null);

    /** True for events of this workspace, and for resyncs, which concern every workspace. */
    public boolean concerns(UUID workspace) {
        return kind == Kind.RESYNC || workspace.equals(workspaceId);
    }

    /** True for events of this workspace and one of these kinds, and for resyncs. */
    public boolean concerns(UUID workspace, Kind kind, Kind... moreKinds) {
        return concerns(workspace) && (this.kind == Kind.RESYNC || this.kind == kind || List.of(moreKinds).contains(this.kind));
    }

    /** {@code workspace|KIND|id|announced}, the last in microseconds since the epoch (empty when unknown). */
    String payload() {
        return workspaceId + "|" + kind + "|" + (id == null ? "" : id) + "|"
                + (announcedAt == null ? "" : ChronoUnit.MICROS.between(Instant.EPOCH, announcedAt));
    }

    static Optional<LiveEvent> parse(String payload) {
        String[] parts = payload.split("\\|", -1);
        try {
            Instant announced = parts.length > 3 && !parts[3].isEmpty()
                    ? Instant.EPOCH.plus(Long.parseLong(parts[3]), ChronoUnit.MICROS) : null;
            return Optional.of(new LiveEvent(parts[0].equals("null") ? null : UUID.fromString(parts[0]), Kind.valueOf(parts[1]),
                    parts[2].isEmpty() ? null : UUID.fromString(parts[2]), announced));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
