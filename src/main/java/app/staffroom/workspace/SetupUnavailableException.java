package app.staffroom.workspace;

import app.staffroom.base.ChangeRefusedException;

/** The setup was refused because of the link or because the instance is set up already; nothing changed. */
public class SetupUnavailableException extends ChangeRefusedException {

    private final SetupStatus status;

    public SetupUnavailableException(SetupStatus status) {
        super(status.refusal());
        this.status = status;
    }

    /** Why: {@link SetupStatus#LINK_NOT_VALID} or {@link SetupStatus#ALREADY_SET_UP}, never {@link SetupStatus#OPEN}. */
    public SetupStatus status() {
        return status;
    }
}
