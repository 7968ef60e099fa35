package app.staffroom.profile;

import app.staffroom.role.BuiltInRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a teammate sees on their own profile. Name and email belong to the person's account (every
 * practice they work for); phones, photo and the provider profile to this practice. Role, locations and
 * the supervision fields are the administrator's and shown read-only.
 *
 * @param pendingEmail      an address asked for and not confirmed yet, whose link still works
 * @param pendingEmailUntil when that link stops working (null without a pending address)
 */
public record MyProfile(
        UUID teammateId,
        String practice,
        String firstName,
        String lastName,
        String email,
        @Nullable String pendingEmail,
        @Nullable Instant pendingEmailUntil,
        List<String> phones,
        @Nullable String photoDataUrl,
        String role,
        List<String> locations,
        boolean worksAsProvider,
        @Nullable ProviderProfile provider,
        @Nullable BuiltInRole roleSeeded) {

    /** The role's name as the current person reads it ({@code roleSeeded}: the built-in role whose seeded name it still has). */
    public String shownRole() {
        return BuiltInRole.shownName(role, roleSeeded);
    }
}
