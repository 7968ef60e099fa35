package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.security.Actor;
import app.staffroom.session.ui.TeammateSessions;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The drawer's part about an active teammate's account, for an administrator who may manage them: "Send
 * password reset" (the administrator never sees or chooses the password) and the teammate's signed-in
 * sessions with "Sign out everywhere", and the exemption from the dormant-account rule. The services check the
 * permission; this only shows.
 */
class DrawerAccount extends Composite<Div> {

    private final Button sendReset = new Button(text("team.sendPasswordReset"));
    private final DrawerDormancy dormancy = new DrawerDormancy();
    private @Nullable TeammateSessions sessions;
    private @Nullable TeammateDetails shown;
    private @Nullable Actor actor;
    private @Nullable DrawerSupport support;

    DrawerAccount() {
        getContent().addClassName("drawer-account");
        sendReset.addClickListener(click -> ask());
        getContent().add(sendReset, dormancy);
        getContent().setVisible(false);
    }

    /** Shows the part for this teammate when {@code manages} and the teammate is active; hides it otherwise. */
    void show(@Nullable DrawerSupport found, @Nullable Actor acting, TeammateDetails teammate, boolean manages) {
        boolean visible = found != null && acting != null && manages && teammate.status() == TeammateStatus.ACTIVE;
        getContent().setVisible(visible);
        if (!visible) {
            shown = null;
            return;
        }
        support = found;
        actor = acting;
        boolean sameTeammate = shown != null && shown.id().equals(teammate.id());
        shown = teammate;
        dormancy.show(acting, teammate);
        if (sessions == null) {
            sessions = new TeammateSessions(found.sessions, found.live());
            getContent().add(sessions);
        }
        if (!sameTeammate) {
            sessions.show(acting, teammate.id(), teammate.fullName());
        }
    }

    private void ask() {
        TeammateDetails teammate = Objects.requireNonNull(shown, "No teammate shown");
        ConfirmDialog dialog = new ConfirmDialog(text("team.reset.question", teammate.fullName()),
                text("team.reset.explained", teammate.email()), text("team.sendLink"), confirmed -> send(teammate));
        ConfirmDialogs.cancelable(dialog);
        dialog.open();
    }

    private void send(TeammateDetails teammate) {
        // A double click on the dialog's button confirms twice: one link is enough.
        if (sending) {
            return;
        }
        sending = true;
        DrawerSupport found = Objects.requireNonNull(support);
        Async.load(this, found.resets.sendLink(Objects.requireNonNull(actor), teammate.id()).thenReturn(true),
                sent -> {
                    sending = false;
                    Notification.show(text("team.reset.sent", teammate.email()), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                },
                failure -> {
                    sending = false;
                    Async.showFailure(failure);
                });
    }

    private boolean sending;
}
