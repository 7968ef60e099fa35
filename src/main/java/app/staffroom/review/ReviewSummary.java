package app.staffroom.review;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One access review as the list shows it.
 *
 * @param scope     "Whole practice" or the location's name, as it was when the review started
 * @param startedBy the starter's name, or "Quarterly schedule"
 * @param quarter   the quarter a scheduled review is for ({@code 2026-Q3}); null for one started by a person
 * @param closedAt  when the last row was decided; null while the review is open
 * @param rows      how many people the review holds
 * @param decided   how many of them are decided
 * @param mineOpen  how many rows given to the asking reviewer are still to decide
 */
public record ReviewSummary(UUID id, String scope, Instant startedAt, String startedBy, @Nullable String quarter,
                            @Nullable Instant closedAt, int rows, int decided, int mineOpen) {

    public boolean closed() {
        return closedAt != null;
    }
}
