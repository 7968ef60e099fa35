package app.staffroom.location;

import java.time.Instant;
import java.util.UUID;

/**
 * An archived location, for the list it can be restored from.
 *
 * @param peopleWithAccess how many teammates had access when it was archived, and get it back on restore
 */
public record ArchivedLocation(UUID id, String name, Instant archivedAt, int peopleWithAccess) {
}
