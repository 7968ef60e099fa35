package app.staffroom.workspace;

import org.jspecify.annotations.Nullable;
import app.staffroom.base.Phrase;

/** What a setup link can do now, with what the setup page says when it cannot be used. */
public enum SetupStatus {

    /** The link is the current one and the instance has no practice yet: the setup form may be shown. */
    OPEN(null),
    /** A missing, mistyped or replaced link (each start while setup is not done prints a new one). */
    LINK_NOT_VALID("refusals.setup.linkNotValid"),
    /** The instance has a practice: setup is over for good, whatever the link. */
    ALREADY_SET_UP("refusals.setup.alreadySetUp");

    private final @Nullable String refusal;

    SetupStatus(@Nullable String refusal) {
        this.refusal = refusal;
    }

    /**
     * What the setup page says instead of the form.
     *
     * @throws IllegalStateException for {@link #OPEN}, which refuses nothing
     */
    public Phrase refusal() {
        if (refusal == null) {
            throw new IllegalStateException("An open setup link refuses nothing");
        }
        return new Phrase(refusal);
    }
}
