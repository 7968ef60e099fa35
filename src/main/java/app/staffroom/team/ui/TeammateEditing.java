package app.staffroom.team.ui;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.StaleChangeException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * The team list's drawer and what is asked in it: opens a teammate, carries out a change through the
 * service, and says when the teammate shown was changed elsewhere.
 */
class TeammateEditing implements Serializable {

    private final Component screen;
    private final Div place;
    private final TeammateService teammates;
    private final SerializableSupplier<Actor> actor;
    private final SerializableFunction<TeammateDetails, String> photoUrl;
    private final SerializableRunnable changed;
    private final SerializableRunnable closed;
    private @Nullable TeammateDrawer drawer;
    private List<RoleSummary> roles = List.of();
    private List<LocationSummary> locations = List.of();
    private boolean canManage;

    /**
     * @param screen the screen whose UI shows the results
     * @param place where the drawer goes once first opened
     * @param changed runs after every change made here, to show it in the list
     * @param closed runs when the drawer is closed
     */
    TeammateEditing(Component screen, Div place, TeammateService teammates, SerializableSupplier<Actor> actor,
                    SerializableFunction<TeammateDetails, String> photoUrl, SerializableRunnable changed,
                    SerializableRunnable closed) {
        this.screen = screen;
        this.place = place;
        this.teammates = teammates;
        this.actor = actor;
        this.photoUrl = photoUrl;
        this.changed = changed;
        this.closed = closed;
    }

    /** What the drawer offers: the roles and locations to choose from, and whether the actor may change anything. */
    void offer(List<RoleSummary> roles, List<LocationSummary> locations, boolean canManage) {
        this.roles = roles;
        this.locations = locations;
        this.canManage = canManage;
    }

    void open(UUID teammateId) {
        Async.load(screen, teammates.details(actor.get(), teammateId),
                details -> {
                    drawer().show(details, roles, locations, canManage);
                    // On a phone the drawer sits below the list, out of sight: it is brought up to the top.
                    drawer().getElement().executeJs(
                            "if (matchMedia('(max-width: 40rem)').matches) this.scrollIntoView({block: 'start'})");
                });
    }

    /** Someone else changed {@code teammateId}, or anyone when null: an open drawer of theirs says so. */
    void changedElsewhere(@Nullable UUID teammateId) {
        TeammateDrawer drawer = this.drawer;
        TeammateDetails open = drawer == null ? null : drawer.shown();
        if (drawer != null && open != null && (teammateId == null || teammateId.equals(open.id()))) {
            Async.load(screen, teammates.details(actor.get(), open.id()), latest -> {
                // Ownership is the practice's, not the teammate's: a handover leaves the version as it was.
                if ((latest.version() == open.version() && latest.owner() == open.owner()) || drawer.shown() != open) {
                    return;
                }
                if (!drawer.isEdited() && !drawer.isShowingNotice()) {
                    // Nothing typed here would be lost: show the change as it is.
                    drawer.show(latest, roles, locations, canManage);
                    return;
                }
                // A notice already shown (a refused save, say) is more specific than this one: keep it.
                if (!drawer.isShowingNotice()) {
                    drawer.showRefusal(open.fullName() + " was just changed elsewhere. Reload to see the change; "
                            + "what you typed here is kept until then.", true);
                }
            });
        }
    }

    /** Built when first opened: most screens never open it, and every open screen costs server memory. */
    private TeammateDrawer drawer() {
        if (drawer != null) {
            return drawer;
        }
        TeammateDrawer drawer = new TeammateDrawer(photoUrl);
        this.drawer = drawer;
        place.add(drawer);
        drawer.addSaveListener(event -> run(teammates.update(actor.get(), event.change()), "Changes saved."));
        drawer.addDeactivateListener(event -> run(
                teammates.deactivate(actor.get(), event.teammate().id(), event.teammate().version(), event.reason()),
                event.teammate().fullName() + " was deactivated."));
        drawer.addReactivateListener(event -> run(
                teammates.reactivate(actor.get(), event.teammate().id(), event.teammate().version()),
                event.teammate().fullName() + " was reactivated."));
        drawer.addReloadListener(event -> open(event.teammate().id()));
        drawer.addCloseListener(event -> {
            drawer.hide();
            closed.run();
        });
        return drawer;
    }

    /** Runs a change; on success the drawer and the list show the result, on refusal the typed values stay. */
    private void run(Mono<TeammateDetails> change, String confirmation) {
        Async.load(screen, change, saved -> {
            drawer().show(saved, roles, locations, canManage);
            Notification.show(confirmation, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }, failure -> {
            if (failure instanceof StaleChangeException || failure instanceof ChangeRefusedException
                    || failure instanceof AccessDeniedException) {
                drawer().showRefusal(Failures.message(failure), failure instanceof StaleChangeException);
            } else {
                drawer().settle();
                Async.showFailure(failure);
            }
        });
    }
}
