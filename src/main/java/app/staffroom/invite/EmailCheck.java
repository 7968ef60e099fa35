package app.staffroom.invite;

import app.staffroom.base.Phrase;
import app.staffroom.team.TeammateStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an email means for a new teammate: a new person, someone who will join with the login they
 * already have, or someone who is already a teammate here ({@code teammateId}, {@code status}).
 */
public record EmailCheck(Kind kind, @Nullable UUID teammateId, @Nullable TeammateStatus status, int version) {

    public enum Kind { NEW_PERSON, EXISTING_ACCOUNT, ALREADY_TEAMMATE }

    /** {@link #phrase()} in the current person's language; empty for a new person. */
    public String explanation() {
        Phrase phrase = phrase();
        return phrase == null ? "" : phrase.text();
    }

    /** What the email means, to be worded in the reader's language; null for a new person. */
    public @Nullable Phrase phrase() {
        return switch (kind) {
            case NEW_PERSON -> null;
            case EXISTING_ACCOUNT -> new Phrase("refusals.invite.existingAccount");
            case ALREADY_TEAMMATE -> status == null ? new Phrase("refusals.invite.teammateElsewhere")
                    : status == TeammateStatus.INACTIVE ? new Phrase("refusals.invite.inactiveTeammate")
                    : new Phrase("refusals.invite.alreadyTeammate", status.name());
        };
    }
}
