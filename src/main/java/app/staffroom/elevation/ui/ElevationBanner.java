package app.staffroom.elevation.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.elevation.Elevation;
import app.staffroom.elevation.ElevationService;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * On every screen of a person who holds a temporary role: which role, until when (in the practice's clock), and
 * which role returns then. Follows the person's own changes live: it appears when the role is given and goes when
 * it ends.
 */
public class ElevationBanner extends Composite<Span> {

    private final ElevationService elevations;
    private final LiveFeed live;
    private final CurrentActor currentActor;
    private @Nullable Elevation shown;

    public ElevationBanner(ElevationService elevations, LiveFeed live, CurrentActor currentActor) {
        this.elevations = elevations;
        this.live = live;
        this.currentActor = currentActor;
        getContent().addClassName("elevation-banner");
        getContent().getElement().setAttribute("role", "status");
        getContent().setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(this::follow);
    }

    private void follow(Actor actor) {
        Async.follow(this, live.events().filter(event -> event.concerns(actor.workspaceId(), LiveEvent.Kind.TEAMMATE)
                && (event.kind() != LiveEvent.Kind.TEAMMATE || actor.teammateId().equals(event.id()))), 4, event -> load(actor));
        PracticeTime.onChange(this, () -> show(shown));
        load(actor);
    }

    private void load(Actor actor) {
        Async.load(this, elevations.mine(actor).map(Optional::of).defaultIfEmpty(Optional.empty()),
                found -> show(found.orElse(null)), failed -> { });
    }

    private void show(@Nullable Elevation elevation) {
        shown = elevation;
        getContent().setVisible(elevation != null);
        getContent().setText(elevation == null ? "" : text("elevation.banner", elevation.shownRoleName(),
                Formats.dateTime(elevation.endsAt()), elevation.shownPreviousRoleName()));
    }
}
