package app.staffroom.team.ui;

import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;

/** Asks before a teammate is deactivated, saying what follows, and takes the reason kept in the record. */
final class DeactivationDialog {

    private DeactivationDialog() {
    }

    /** Opens the dialog; {@code onConfirm} gets the reason as typed once the administrator confirms. */
    static void ask(TeammateDetails teammate, SerializableConsumer<String> onConfirm) {
        Dialog dialog = new Dialog();
        dialog.addClassName("deactivate-dialog");
        dialog.setHeaderTitle("Deactivate " + teammate.fullName() + "?");
        TextArea reason = new TextArea("Reason (kept in the record)");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(
                new Paragraph(teammate.fullName() + " will no longer be able to sign in to this workspace."),
                new Paragraph("Their history is kept: appointments, notes and the audit trail stay as they are."),
                new Paragraph(teammate.status() == TeammateStatus.PENDING
                        ? "Their pending invitation is voided: the link in the email stops working."
                        : "You can reactivate them later."),
                reason);
        Button cancel = new Button("Cancel", click -> dialog.close());
        Button confirm = new Button("Deactivate", click -> {
            dialog.close();
            onConfirm.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
