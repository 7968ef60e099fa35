package app.staffroom.team;

import java.util.Set;
import java.util.UUID;

/** What an administrator may change of a teammate, made on the given {@code version}. */
public record TeammateChange(
        UUID teammateId,
        int version,
        UUID roleId,
        Set<UUID> locationIds,
        UUID defaultLocationId,
        boolean worksAsProvider) {

    public TeammateChange {
        locationIds = Set.copyOf(locationIds);
    }
}
