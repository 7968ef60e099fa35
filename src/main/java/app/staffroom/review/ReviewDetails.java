package app.staffroom.review;

import java.util.List;

/**
 * A review with the rows the asking teammate may see: the rows given to them, and those about people they may
 * see (see {@link app.staffroom.role.Visibility}).
 *
 * @param hidden how many rows were left out because they are about people the asker may not see
 */
public record ReviewDetails(ReviewSummary summary, List<ReviewRow> rows, int hidden) {
}
