package app.staffroom.team;

import app.staffroom.base.AccessPeriod;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator may change of a teammate, made on the given {@code version}: role, locations,
 * work-as-provider and the access period (see {@link AccessPeriod}).
 */
public record TeammateChange(
        UUID teammateId,
        int version,
        UUID roleId,
        Set<UUID> locationIds,
        UUID defaultLocationId,
        boolean worksAsProvider,
        AccessPeriod accessPeriod) {

    public TeammateChange {
        locationIds = Set.copyOf(locationIds);
    }

    /** A change that leaves the teammate without an access period (open from now on, until deactivated). */
    public TeammateChange(UUID teammateId, int version, UUID roleId, Set<UUID> locationIds, UUID defaultLocationId,
                          boolean worksAsProvider) {
        this(teammateId, version, roleId, locationIds, defaultLocationId, worksAsProvider, AccessPeriod.OPEN);
    }
}
