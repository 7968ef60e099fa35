package app.staffroom.review;

import java.util.UUID;

/** An active teammate who holds Audit "run access reviews" and may be given rows. */
public record ReviewerOption(UUID teammateId, String name) {
}
