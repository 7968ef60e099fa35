package app.staffroom.team;

import app.staffroom.base.AccessPeriod;
import app.staffroom.role.BuiltInRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A teammate as the team list shows it. {@code locations} starts with the default one, then goes by
 * name; {@code statusChangedAt} is when the person was invited, activated or deactivated, whichever
 * their status says. {@code photoVersion} is null without a photo, and changes when the photo does.
 * {@code temporaryRoleUntil} is when a temporary role ends, null without one. {@code roleSeeded} is the built-in
 * role whose seeded name the role still has, else null.
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
        @Nullable Instant temporaryRoleUntil,
        @Nullable BuiltInRole roleSeeded) {

    /** The role's name as the current person reads it. */
    public String shownRoleName() {
        return BuiltInRole.shownName(roleName, roleSeeded);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
