package app.staffroom.elevation;

import java.util.UUID;

/**
 * An elevation asked for: {@code roleId} for {@code hours} (1 to 336) from now, for {@code reason}, given to the
 * teammate {@code teammateId} (see {@link ElevationRules}).
 */
public record ElevationRequest(UUID teammateId, UUID roleId, int hours, String reason) {
}
