package app.staffroom.team.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.location.LocationService;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.StreamRegistration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The team list's teammate drawer for another screen (an access review): opens one teammate, changes them
 * through {@link TeammateService} with the same checks as on the team list, and tells the screen after each
 * change that was saved.
 */
public class TeammatePanel extends Div {

    private final TeammateService teammates;
    private final RoleService roles;
    private final LocationService locations;
    private final AccessService access;
    private final SerializableSupplier<Actor> actor;
    private final TeammateEditing editing;
    private @Nullable UUID opened;
    private @Nullable String photoAddress;

    /** @param changed runs with the teammate's id after a change to them was saved here */
    public TeammatePanel(TeammateService teammates, RoleService roles, LocationService locations, AccessService access,
                         SerializableSupplier<Actor> actor, SerializableConsumer<UUID> changed) {
        this.teammates = teammates;
        this.roles = roles;
        this.locations = locations;
        this.access = access;
        this.actor = actor;
        addClassName("teammate-panel");
        this.editing = new TeammateEditing(this, this, teammates, actor, details -> photoAddress == null
                || details.photoVersion() == null ? "" : photoAddress + "?teammate=" + details.id() + "&v=" + details.photoVersion(),
                () -> {
                    if (opened != null) {
                        changed.accept(opened);
                    }
                }, () -> opened = null);
    }

    /** Serves the photos of the drawer while this panel is attached; registered when first needed. */
    private void servePhotos(Actor acting) {
        if (photoAddress != null) {
            return;
        }
        StreamRegistration photos = getElement().getNode().isAttached() ? com.vaadin.flow.server.VaadinSession.getCurrent()
                .getResourceRegistry().registerResource(new TeammatePhotos(teammates, acting), getElement()) : null;
        if (photos != null) {
            photoAddress = photos.getResourceUri().toString();
            addDetachListener(detached -> {
                photos.unregister();
                photoAddress = null;
                detached.unregisterListener();
            });
        }
    }

    /** Opens the drawer on the teammate, with the roles and locations the actor may choose from now. */
    public void open(UUID teammate) {
        Actor acting = actor.get();
        servePhotos(acting);
        Async.load(this, Mono.zip(access.permissionsOf(acting), roles.listRoles(acting).collectList(),
                locations.listLocations(acting).collectList()), loaded -> {
            editing.offer(loaded.getT2(), loaded.getT3(), loaded.getT1().contains(Permission.TEAM_MANAGE_USERS));
            opened = teammate;
            editing.open(teammate);
        });
    }
}
