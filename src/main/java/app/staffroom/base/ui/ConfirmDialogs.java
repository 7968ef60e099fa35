package app.staffroom.base.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's confirm dialog as Staffroom asks: with a Cancel button in the reader's language (Vaadin's own is English),
 * which has the focus when the dialog opens.
 */
public final class ConfirmDialogs {

    /**
     * Vaadin's confirm dialog puts the focus on its confirm button once its overlay has opened (after its opening
     * animation); that first focus is passed on to Cancel. A key pressed or a pointer put down in the dialog before
     * then means the person has moved on, and the focus is theirs.
     */
    private static final String FOCUS_CANCEL = """
            const dialog = this;
            let opening = true;
            const toCancel = () => {
                const cancel = dialog.querySelector('[slot="cancel-button"]');
                if (cancel && !cancel.hidden) cancel.focus();
            };
            dialog.addEventListener('opened-changed', event => { opening = event.detail.value; });
            dialog.addEventListener('keydown', () => { opening = false; }, true);
            dialog.addEventListener('pointerdown', () => { opening = false; }, true);
            dialog.addEventListener('focusin', event => {
                if (opening && event.target.getAttribute('slot') === 'confirm-button') {
                    opening = false;
                    toCancel();
                }
            });
            const focused = document.activeElement;
            if (focused && dialog.contains(focused) && focused.getAttribute('slot') === 'confirm-button') {
                opening = false;
                toCancel();
            }
            """;

    private ConfirmDialogs() {
    }

    /**
     * Gives {@code dialog} its Cancel button, worded in the current person's language ({@code cancelText} null) or
     * as given, and starts the dialog with the focus on it: a confirmation asks before something that changes or
     * takes away, and an Enter pressed once too often must not do it (WAI-ARIA Authoring Practices, alert dialog:
     * the focus starts on the least destructive action).
     */
    public static void cancelable(ConfirmDialog dialog, @Nullable String cancelText) {
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText == null ? text("base.cancel") : cancelText);
        dialog.getElement().executeJs(FOCUS_CANCEL);
    }

    /** {@link #cancelable(ConfirmDialog, String)} with the Cancel button worded "Cancel" in the person's language. */
    public static void cancelable(ConfirmDialog dialog) {
        cancelable(dialog, null);
    }
}
