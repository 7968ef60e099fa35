package app.staffroom.team;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A teammate as the team list shows it. {@code locations} starts with the default one, then goes by name. */
public record TeammateSummary(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String roleName,
        TeammateStatus status,
        boolean worksAsProvider,
        List<String> locations,
        @Nullable String defaultLocation) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
