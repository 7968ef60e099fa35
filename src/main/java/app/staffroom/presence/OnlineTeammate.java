package app.staffroom.presence;

import java.time.Instant;
import java.util.UUID;

/** Someone with Staffroom open, and when their screen last said so. */
public record OnlineTeammate(UUID teammateId, String name, Instant lastSeen) {
}
