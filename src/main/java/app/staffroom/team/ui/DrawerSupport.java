package app.staffroom.team.ui;

import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationService;
import app.staffroom.password.PasswordResetService;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.session.SessionService;
import app.staffroom.team.TeammateService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * What the teammate drawer reads and does on its own, whichever screen shows it: who is looking (their own
 * drawer differs), the choices as they change elsewhere, the seat cost of a reactivation, the pending
 * teammate's invitation, and an active teammate's password reset and sessions. The screen around it keeps
 * saving, deactivating and reactivating.
 */
@Component
class DrawerSupport {

    final TeammateService teammates;
    final RoleService roles;
    final LocationService locations;
    final PasswordResetService resets;
    final SessionService sessions;
    private final CurrentActor currentActor;
    private final LiveFeed live;

    DrawerSupport(TeammateService teammates, RoleService roles, LocationService locations, CurrentActor currentActor,
                  LiveFeed live, PasswordResetService resets, SessionService sessions) {
        this.teammates = teammates;
        this.resets = resets;
        this.sessions = sessions;
        this.roles = roles;
        this.locations = locations;
        this.currentActor = currentActor;
        this.live = live;
    }

    /** The one of this UI's application; the drawer is built with {@code new} by the screens that show it. */
    static DrawerSupport of(UI ui) {
        return Instantiator.get(ui).getOrCreate(DrawerSupport.class);
    }

    Optional<Actor> actor() {
        return currentActor.get();
    }

    /** The live feed, for parts of the drawer that follow changes of their own. */
    LiveFeed live() {
        return live;
    }

    /** Roles and locations renamed, added or removed in this workspace. */
    Flux<LiveEvent> choiceChanges(Actor actor) {
        return live.events().filter(event -> event.concerns(actor.workspaceId(), LiveEvent.Kind.ROLE, LiveEvent.Kind.LOCATION));
    }
}
