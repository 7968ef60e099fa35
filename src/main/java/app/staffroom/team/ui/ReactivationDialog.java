package app.staffroom.team.ui;

import static app.staffroom.base.Messages.label;

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
        dialog.setHeader("Reactivate " + teammate.fullName() + "?");
        String cost = seats.counts(teammate.worksAsProvider())
                ? "They take a seat again: " + seats.costOfOneMore(teammate.worksAsProvider()) + "."
                : "They cost nothing: under the plan \"" + label(seats.plan()) + "\" admin staff are free.";
        dialog.setText(teammate.activatedAt() != null
                ? teammate.fullName() + " can sign in again at once. " + cost
                : teammate.fullName() + " never accepted their invitation: they become pending and a new invitation is "
                        + "emailed to " + teammate.email() + ". Once they accept, " + Character.toLowerCase(cost.charAt(0))
                        + cost.substring(1));
        dialog.setCancelable(true);
        dialog.setConfirmText("Reactivate");
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
