package app.staffroom.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
record AccountRow(
        @Id UUID id,
        String email,
        String firstName,
        String lastName,
        @Nullable String passwordHash,
        int consecutiveFailedLogins,
        @Nullable Instant failureWindowStartedAt,
        int failuresInWindow,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        @Nullable String language) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    String displayName() {
        return firstName + " " + lastName;
    }
}
