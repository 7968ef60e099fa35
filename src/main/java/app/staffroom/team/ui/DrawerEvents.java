package app.staffroom.team.ui;

import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateDetails;
import com.vaadin.flow.component.ComponentEvent;

/** What the teammate drawer asks of the screen around it: it fires these instead of calling services. */
final class DrawerEvents {

    private DrawerEvents() {
    }

    static final class SaveEvent extends ComponentEvent<TeammateDrawer> {
        private final TeammateChange change;

        SaveEvent(TeammateDrawer source, TeammateChange change) {
            super(source, false);
            this.change = change;
        }

        TeammateChange change() {
            return change;
        }
    }

    /** Something asked for one teammate, as shown in the drawer. */
    abstract static class TeammateEvent extends ComponentEvent<TeammateDrawer> {
        private final TeammateDetails teammate;

        TeammateEvent(TeammateDrawer source, TeammateDetails teammate) {
            super(source, false);
            this.teammate = teammate;
        }

        TeammateDetails teammate() {
            return teammate;
        }
    }

    static final class DeactivateEvent extends TeammateEvent {
        private final String reason;

        DeactivateEvent(TeammateDrawer source, TeammateDetails teammate, String reason) {
            super(source, teammate);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static final class ReactivateEvent extends TeammateEvent {
        ReactivateEvent(TeammateDrawer source, TeammateDetails teammate) {
            super(source, teammate);
        }
    }

    static final class ReloadEvent extends TeammateEvent {
        ReloadEvent(TeammateDrawer source, TeammateDetails teammate) {
            super(source, teammate);
        }
    }

    static final class CloseEvent extends ComponentEvent<TeammateDrawer> {
        CloseEvent(TeammateDrawer source) {
            super(source, false);
        }
    }
}
