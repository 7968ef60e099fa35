package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.factor.MyFactors;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells a person whose role requires a second sign-in step, while their grace period lasts, by when to set one
 * up, with a link to My profile. Shows nothing otherwise.
 */
public class TwoStepDueNotice extends Div {

    private final MyFactors factors;
    private final LiveFeed live;
    private final CurrentActor currentActor;

    public TwoStepDueNotice(MyFactors factors, LiveFeed live, CurrentActor currentActor) {
        this.factors = factors;
        this.live = live;
        this.currentActor = currentActor;
        addClassName("two-step-due");
        setId("two-step-due");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
        // A factor set up or reset, a role or the practice's rule changed: each is announced in the practice.
        currentActor.get().ifPresent(actor -> Async.follow(this, live.events().filter(event -> event.concerns(
                actor.workspaceId(), LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.ROLE, LiveEvent.Kind.PRACTICE)), 1, event -> refresh()));
    }

    private void refresh() {
        Async.load(this, factors.setUpDueBy().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()), due -> {
            removeAll();
            setVisible(due.isPresent());
            due.ifPresent(this::show);
        });
    }

    private void show(java.time.Instant dueBy) {
        add(new Paragraph(dueBy.isAfter(java.time.Instant.now())
                        ? text("factor.due.asks", Formats.dateTime(dueBy))
                        : text("factor.due.asked", Formats.dateTime(dueBy))),
                new Anchor("profile#two-factor", text("factor.setItUpOnMyProfile")));
    }
}
