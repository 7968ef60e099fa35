package app.staffroom.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who reviews whom. The rows go to the chosen reviewers in turn, in the order of the list; nobody reviews
 * themselves while anyone else can: a row about a reviewer goes to the next reviewer, or, when they are the
 * only one chosen, to the person who started the review. Only when the one reviewer chosen is also the one
 * who started it (a practice with a single holder of the permission) does a row come back to its own
 * subject; the report marks it as a self-review.
 */
public final class ReviewAssignment {

    private ReviewAssignment() {
    }

    /**
     * The reviewer of each subject, in the order of {@code subjects}.
     *
     * @param reviewers at least one, without repeats
     * @param starter   who started the review; null for a review the quarterly schedule started
     * @throws IllegalArgumentException without reviewers
     */
    public static List<UUID> assign(List<UUID> subjects, List<UUID> reviewers, @Nullable UUID starter) {
        if (reviewers.isEmpty()) {
            throw new IllegalArgumentException("At least one reviewer");
        }
        List<UUID> assigned = new ArrayList<>(subjects.size());
        int turn = 0;
        for (UUID subject : subjects) {
            UUID reviewer = reviewers.get(turn % reviewers.size());
            if (reviewer.equals(subject)) {
                if (reviewers.size() > 1) {
                    turn++;
                    reviewer = reviewers.get(turn % reviewers.size());
                } else if (starter != null) {
                    reviewer = starter;
                }
            }
            assigned.add(reviewer);
            turn++;
        }
        return assigned;
    }
}
