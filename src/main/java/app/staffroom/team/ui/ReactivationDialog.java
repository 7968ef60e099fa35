package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.team.SeatUsage;
import app.staffroom.team.TeammateDetails;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Asks before an inactive teammate is reactivated, naming what follows: they sign in again (or, never
 * having accepted, get a new invitation) and take a seat under the practice's plan.
 */
public final class ReactivationDialog {

    private ReactivationDialog() {
    }

    /** Opens the question; {@code onConfirm} runs once the administrator confirms. */
    public static ConfirmDialog ask(TeammateDetails teammate, SeatUsage seats, SerializableRunnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("reactivate-dialog");
        dialog.setHeader(text("team.reactivate.question", teammate.fullName()));
        boolean active = teammate.activatedAt() != null;
        String cost = seats.counts(teammate.worksAsProvider())
                ? text(active ? "team.reactivate.seat" : "team.reactivate.seatOnAccept", seats.costOfOneMore(teammate.worksAsProvider()))
                : text(active ? "team.reactivate.free" : "team.reactivate.freeOnAccept", label(seats.plan()));
        dialog.setText(active ? text("team.reactivate.active", teammate.fullName(), cost)
                : text("team.reactivate.pending", teammate.fullName(), teammate.email(), cost));
        ConfirmDialogs.cancelable(dialog);
        dialog.setConfirmText(text("team.reactivate"));
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
