package app.staffroom.team;

import app.staffroom.base.AccessPeriod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A teammate as the team list shows it. {@code locations} starts with the default one, then goes by
 * name; {@code statusChangedAt} is when the person was invited, activated or deactivated, whichever
 * their status says. {@code photoVersion} is null without a photo, and changes when the photo does.
 * {@code temporaryRoleUntil} is when a temporary role ends, null without one.
 */
public record TeammateSummary(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String roleName,
        TeammateStatus status,
        boolean worksAsProvider,
        List<String> locations,
        @Nullable String defaultLocation,
        @Nullable Instant lastLoginAt,
        Instant statusChangedAt,
        @Nullable Integer photoVersion,
        SortKey position,
        AccessPeriod accessPeriod,
        @Nullable Instant temporaryRoleUntil) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
