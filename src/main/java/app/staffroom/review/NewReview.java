package app.staffroom.review;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks for when starting a review.
 *
 * @param location  the one location to review; null for the whole practice
 * @param reviewers the teammates who decide the rows, in the order they take turns (see {@link ReviewAssignment})
 */
public record NewReview(@Nullable UUID location, List<UUID> reviewers) {
}
