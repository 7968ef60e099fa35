package app.staffroom.session.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;
import app.staffroom.base.ui.Async;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.Actor;
import app.staffroom.session.CurrentSession;
import app.staffroom.session.SessionService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * My profile › Sessions: the person's signed-in sessions on every node, each with "Sign out", and "Sign out
 * all other sessions". Signing out this session itself leads to the sign-in page (see {@link SessionEnd}).
 */
public class MySessions extends Composite<Div> {

    private final SessionService sessions;
    private final CurrentSession currentSession;
    private final SessionList list;
    private final Button signOutOthers = new Button(text("session.signOutAllOtherSessions"));
    private @Nullable Actor actor;

    public MySessions(SessionService sessions, CurrentSession currentSession, LiveFeed live) {
        this.sessions = sessions;
        this.currentSession = currentSession;
        this.list = new SessionList(live, acting -> sessions.mySessions(acting, currentSession.id().orElse(null)),
                session -> {
                    Button signOut = new Button(text("session.signOut"), click -> signOut(session.id()));
                    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    signOut.setDisableOnClick(true);
                    signOut.getElement().setAttribute("aria-label", text(session.current()
                            ? "session.signOutThisLabel" : "session.signOutLabel", session.browser(Messages.currentLocale())));
                    return signOut;
                });
        signOutOthers.setDisableOnClick(true);
        signOutOthers.addClickListener(click -> signOutOthers());
        Paragraph note = new Paragraph(text("session.mine.explained"));
        getContent().addClassName("my-sessions");
        getContent().add(note, list, signOutOthers);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Only a session the server recorded can tell itself from the others.
        signOutOthers.setEnabled(currentSession.id().isPresent());
    }

    /** Shows the actor's own sessions. */
    public void showFor(Actor acting) {
        actor = acting;
        list.showFor(acting);
    }

    private void signOut(UUID session) {
        Async.load(this, sessions.signOut(actor(), session).thenReturn(true),
                done -> confirm(text("session.signedOut")), failure -> {
                    Async.showFailure(failure);
                    list.reload();
                });
    }

    private void signOutOthers() {
        Optional<UUID> current = currentSession.id();
        if (current.isEmpty()) {
            return;
        }
        Async.load(this, sessions.signOutOtherSessions(actor(), current.get()), ended -> {
            signOutOthers.setEnabled(true);
            confirm(ended == 0 ? text("session.youHadNoOtherSessions") : text("session.signedOutOthers", ended));
        }, failure -> {
            signOutOthers.setEnabled(true);
            Async.showFailure(failure);
        });
    }

    private static void confirm(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("No workspace chosen");
        }
        return actor;
    }
}
