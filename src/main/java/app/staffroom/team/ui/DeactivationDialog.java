package app.staffroom.team.ui;

import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/** Asks before a teammate is deactivated, saying what follows, and takes the reason kept in the record. */
final class DeactivationDialog {

    private DeactivationDialog() {
    }

    /** Opens the dialog; {@code onConfirm} gets the reason as typed once the administrator confirms. */
    static void ask(TeammateDetails teammate, SerializableConsumer<String> onConfirm) {
        ReasonDialog.ask("Deactivate " + teammate.fullName() + "?", List.of(
                teammate.fullName() + " will no longer be able to sign in to this workspace.",
                "Their history is kept: appointments, notes and the audit trail stay as they are.",
                teammate.status() == TeammateStatus.PENDING
                        ? "Their pending invitation is voided: the link in the email stops working."
                        : "You can reactivate them later."), "Deactivate", onConfirm);
    }
}
