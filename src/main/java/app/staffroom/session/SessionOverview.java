package app.staffroom.session;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in sessions of one account, newest first; {@code accountId} is what the live feed names when
 * they change (see {@link app.staffroom.live.LiveEvent.Kind#SESSION}).
 */
public record SessionOverview(UUID accountId, List<SignedInSession> sessions) {
}
