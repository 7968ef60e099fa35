package app.staffroom.base.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Vaadin's confirm dialog as Staffroom asks: with a Cancel button in the reader's language (Vaadin's own is English). */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    /** Gives {@code dialog} its Cancel button, worded in the current person's language. */
    public static void cancelable(ConfirmDialog dialog) {
        dialog.setCancelable(true);
        dialog.setCancelText(text("base.cancel"));
    }
}
