package app.staffroom.session.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.Actor;
import app.staffroom.session.SessionOverview;
import app.staffroom.session.SessionService;
import app.staffroom.session.SignedInSession;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Signed-in sessions as a list: browser and system, address, when signed in and last active, "This session"
 * for the one looking; each row may carry an action (see {@link MySessions} and {@link TeammateSessions}).
 * It follows the live feed: a session begun or ended anywhere shows within a second.
 */
class SessionList extends Composite<Div> {

    private final LiveFeed live;
    private final SerializableFunction<Actor, Mono<SessionOverview>> load;
    private final SerializableFunction<SignedInSession, @Nullable Component> rowAction;
    private final Div rows = new Div();
    private final Paragraph empty = new Paragraph(text("session.noSignedInSessions"));
    private @Nullable Actor actor;
    private @Nullable SessionOverview shown;
    private @Nullable UUID followedAccount;
    private @Nullable Disposable following;

    SessionList(LiveFeed live, SerializableFunction<Actor, Mono<SessionOverview>> load,
                SerializableFunction<SignedInSession, @Nullable Component> rowAction) {
        this.live = live;
        this.load = load;
        this.rowAction = rowAction;
        rows.addClassName("session-rows");
        empty.addClassName("session-empty");
        empty.setVisible(false);
        getContent().addClassName("session-list");
        getContent().add(rows, empty);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        PracticeTime.onChange(this, () -> {
            if (shown != null) {
                show(shown);
            }
        });
        if (actor != null) {
            reload();
        }
    }

    /** Lists the sessions {@code load} finds for this actor, now and whenever they change. */
    void showFor(Actor acting) {
        actor = acting;
        if (isAttached()) {
            reload();
        }
    }

    /** The sessions as last shown; empty before the first answer. */
    Optional<SessionOverview> shown() {
        return Optional.ofNullable(shown);
    }

    void reload() {
        Actor acting = actor;
        if (acting != null && isAttached()) {
            Async.load(this, load.apply(acting), this::show);
        }
    }

    private void show(SessionOverview overview) {
        shown = overview;
        if (isAttached()) {
            // An answer that arrives after the list left the screen is shown if it comes back, followed then.
            follow(overview.accountId());
        }
        rows.removeAll();
        for (SignedInSession session : overview.sessions()) {
            rows.add(row(session));
        }
        empty.setVisible(overview.sessions().isEmpty());
    }

    private Div row(SignedInSession session) {
        Span browser = new Span(session.browser(Messages.currentLocale()));
        browser.addClassName("session-browser");
        Div heading = new Div(browser);
        if (session.current()) {
            Span current = new Span(text("session.thisSession"));
            current.getElement().getThemeList().add("badge success");
            heading.add(current);
        }
        Span details = new Span(text("session.details", session.clientAddress(), Formats.dateTime(session.signedInAt()),
                Formats.dateTime(session.lastActiveAt())));
        details.addClassName("session-details");
        Div row = new Div(new Div(heading, details));
        row.addClassName("session-row");
        Component action = rowAction.apply(session);
        if (action != null) {
            row.add(action);
        }
        return row;
    }

    /** Sessions of the account begun or ended on any node, and resyncs, reload the list. */
    private void follow(UUID account) {
        if (account.equals(followedAccount) && following != null && !following.isDisposed()) {
            return;
        }
        if (following != null) {
            following.dispose();
        }
        followedAccount = account;
        following = Async.follow(this, live.events().filter(event -> event.kind() == LiveEvent.Kind.RESYNC
                || event.kind() == LiveEvent.Kind.SESSION && account.equals(event.id())), 4, event -> reload());
    }
}
