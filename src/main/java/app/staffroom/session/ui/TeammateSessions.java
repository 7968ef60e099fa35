package app.staffroom.session.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.Actor;
import app.staffroom.session.SessionService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A teammate's signed-in sessions in the administrator's drawer, with "Sign out everywhere" (asked first).
 * The service checks the administrator's permission; this only shows.
 */
public class TeammateSessions extends Composite<Div> {

    private final SessionService sessions;
    private final Button signOutEverywhere = new Button(text("session.signOutEverywhere"));
    private @Nullable SessionList list;
    private @Nullable UUID teammate;
    private String name = "";
    private @Nullable Actor actor;
    private final LiveFeed live;

    public TeammateSessions(SessionService sessions, LiveFeed live) {
        this.sessions = sessions;
        this.live = live;
        signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOutEverywhere.addClickListener(click -> ask());
        getContent().addClassName("teammate-sessions");
        getContent().add(new H3(text("session.sessions")));
    }

    /** Shows this teammate's sessions to {@code actor}, an administrator who may end them. */
    public void show(Actor actor, UUID teammateId, String fullName) {
        teammate = teammateId;
        name = fullName;
        SessionList replaced = list;
        if (replaced != null) {
            getContent().remove(replaced);
        }
        // A list per teammate: it follows that person's sessions only.
        SessionList shown = new SessionList(live, acting -> sessions.sessionsOf(acting, teammateId), session -> null);
        list = shown;
        getContent().remove(signOutEverywhere);
        getContent().add(shown, signOutEverywhere);
        this.actor = actor;
        shown.showFor(actor);
    }

    private void ask() {
        ConfirmDialog dialog = new ConfirmDialog(text("session.teammate.question", name), text("session.teammate.explained", name),
                text("session.signOutEverywhere2"), confirmed -> signOutEverywhere());
        dialog.setConfirmButtonTheme("error primary");
        ConfirmDialogs.cancelable(dialog);
        dialog.open();
    }

    private void signOutEverywhere() {
        Actor acting = Objects.requireNonNull(actor, "No teammate shown");
        Async.load(this, sessions.signOutEverywhere(acting, Objects.requireNonNull(teammate)), ended ->
                Notification.show(text("session.teammate.signedOut", name, ended), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS));
    }
}
