package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

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
        ReasonDialog.ask(text("team.deactivate.question", teammate.fullName()), List.of(
                text("team.deactivate.noSignIn", teammate.fullName()),
                text("team.theirHistoryIsKeptAppointmentsNotes"),
                teammate.status() == TeammateStatus.PENDING
                        ? text("team.theirPendingInvitationIsVoidedThe")
                        : text("team.youCanReactivateThemLater")), text("team.deactivate"), onConfirm);
    }
}
