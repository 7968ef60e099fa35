package app.staffroom.invite;

import app.staffroom.team.TeammateStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an email means for a new teammate: a new person, someone who will join with the login they
 * already have, or someone who is already a teammate here ({@code teammateId}, {@code status}).
 */
public record EmailCheck(Kind kind, @Nullable UUID teammateId, @Nullable TeammateStatus status, int version) {

    public enum Kind { NEW_PERSON, EXISTING_ACCOUNT, ALREADY_TEAMMATE }

    public String explanation() {
        return switch (kind) {
            case NEW_PERSON -> "";
            case EXISTING_ACCOUNT -> "This person already has a Staffroom login from another practice. "
                    + "They will join with their existing login and keep their password.";
            case ALREADY_TEAMMATE -> status == null
                    ? "This person already belongs to this practice, at a location you do not manage. Ask an "
                            + "administrator who sees all locations."
                    : status == TeammateStatus.INACTIVE
                    ? "This person is already an inactive teammate here. Reactivate them instead of inviting them again."
                    : "This person is already a teammate here (" + (status == null ? "" : status.label().toLowerCase()) + ").";
        };
    }
}
