package app.staffroom.role;

import java.util.UUID;

/**
 * A teammate whom the acting administrator may act on (see {@link TeammateManagement}), as read when checked.
 *
 * @param status PENDING, ACTIVE or INACTIVE
 */
public record ManagedTeammate(UUID id, UUID accountId, String firstName, String lastName, String email, String status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
