package app.staffroom.session.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.Actor;
import app.staffroom.session.CurrentSession;
import app.staffroom.session.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * How an open screen learns that its own session was signed out elsewhere (by the person in another
 * session, by an administrator, by a password reset): every change of the account's sessions, and every
 * resync, asks whether this session's row has ended.
 */
public final class SessionEnd {

    private SessionEnd() {
    }

    /** While {@code owner} is attached, runs {@code ended} (in {@code ui.access}) once this session has ended. */
    public static void follow(Component owner, Actor actor, SessionService sessions, CurrentSession current,
                              LiveFeed live, SerializableRunnable ended) {
        current.id().ifPresent(session -> Async.follow(owner, live.events().filter(event ->
                        event.kind() == LiveEvent.Kind.RESYNC
                                || event.kind() == LiveEvent.Kind.SESSION && actor.accountId().equals(event.id())), 4,
                event -> Async.load(owner, sessions.hasEnded(actor, session), hasEnded -> {
                    if (hasEnded) {
                        ended.run();
                    }
                }, failed -> { })));
    }
}
