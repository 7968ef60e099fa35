package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import app.staffroom.base.ui.ConfirmDialogs;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.io.Serializable;

/**
 * Keeps a new teammate typed in the wizard from being thrown away unasked: leaving for another screen asks
 * first, and while something is typed and not sent, the browser asks before a reload or closing the tab.
 */
final class LeaveGuard implements Serializable {

    private boolean reloadGuarded;

    /** Asks the browser to confirm a reload or closing the tab while {@code on}, and no longer once off. */
    void guard(Component owner, boolean on) {
        if (on != reloadGuarded) {
            reloadGuarded = on;
            owner.getElement().executeJs(
                    "window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;", on);
        }
    }

    /** True while the browser has been told to ask before a reload. */
    boolean guarding() {
        return reloadGuarded;
    }

    /** The wizard is gone: the browser no longer asks. */
    void release(UI ui) {
        if (reloadGuarded) {
            reloadGuarded = false;
            ui.getPage().executeJs("window.onbeforeunload = null;");
        }
    }

    /** Holds the navigation until the person chooses; {@code discarded} runs before it goes on. */
    void ask(BeforeLeaveEvent event, String who, SerializableRunnable discarded) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("wizard-leave");
        confirm.setHeader(text("invite.discardThisNewTeammate"));
        confirm.setText(who.isBlank() ? text("invite.leave.lost") : text("invite.leave.lostFor", who));
        ConfirmDialogs.cancelable(confirm, text("invite.keepEditing"));
        confirm.setConfirmText(text("invite.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            discarded.run();
            leave.proceed();
        });
        confirm.open();
    }
}
