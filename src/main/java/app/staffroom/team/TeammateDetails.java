package app.staffroom.team;

import app.staffroom.base.AccessPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the detail drawer shows of one teammate, at one {@code version}. {@code locationNames}
 * starts with the default location. The photo itself is not here: {@code photoVersion} is null without
 * a photo and changes only when the photo does, so a screen reads the photo again
 * ({@link TeammateService#photo}) only then. {@code owner} is true for the practice's owner, who always
 * holds Admin and whom nobody deactivates or moves to another role. {@code accessPeriod} is when the membership
 * is valid, in the practice's days; {@code dormancyExemption} is why an Admin exempted the person from the
 * dormant-account rule, null when they are not exempt.
 */
public record TeammateDetails(
        UUID id,
        int version,
        String firstName,
        String lastName,
        String email,
        List<String> phones,
        TeammateStatus status,
        UUID roleId,
        String roleName,
        Set<UUID> locationIds,
        @Nullable UUID defaultLocationId,
        List<String> locationNames,
        boolean worksAsProvider,
        @Nullable ProviderSettings provider,
        @Nullable Instant invitedAt,
        @Nullable Instant activatedAt,
        @Nullable Instant deactivatedAt,
        @Nullable String deactivationReason,
        @Nullable Instant lastLoginAt,
        @Nullable Integer photoVersion,
        boolean owner,
        AccessPeriod accessPeriod,
        @Nullable String dormancyExemption) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** A provider's booking and scheduling settings, as the provider keeps them in their profile. */
    public record ProviderSettings(
            @Nullable String displayName,
            @Nullable String displayTitle,
            @Nullable String appointmentColour,
            int capacity,
            int schedulingStepMinutes,
            boolean availableForSmartBooking,
            boolean mdConsentRequired,
            @Nullable String supervisorName) {
    }
}
