package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.StaleChangeException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.ModalFocus;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
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
    private boolean fullScreen;

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
        // Leaving the screen with the teammate open must not leave the rest of the page inert.
        screen.addDetachListener(detached -> ModalFocus.release(detached.getUI()));
    }

    /** What the drawer offers: the roles and locations to choose from, and whether the actor may change anything. */
    void offer(List<RoleSummary> roles, List<LocationSummary> locations, boolean canManage) {
        this.roles = roles;
        this.locations = locations;
        this.canManage = canManage;
    }

    void open(UUID teammateId) {
        Async.load(screen, teammates.details(actor.get(), teammateId), details -> {
            drawer().show(details, roles, locations, canManage);
            if (fullScreen) {
                // A dialog takes the focus, so that a screen reader and the keyboard start in it, and keeps it.
                ModalFocus.trap(drawer());
                drawer().getElement().executeJs("this.focus()");
            }
        });
    }

    /**
     * In a narrow window the drawer covers the whole screen as a modal dialog (see the styles); in a wide one it
     * stands beside the list.
     */
    void fullScreen(boolean fullScreen) {
        this.fullScreen = fullScreen;
        if (drawer != null) {
            showAsDialog(drawer);
            if (fullScreen && drawer.shown() != null) {
                ModalFocus.trap(drawer);
            } else {
                screen.getUI().ifPresent(ModalFocus::release);
            }
        }
    }

    private void showAsDialog(TeammateDrawer drawer) {
        var element = drawer.getElement();
        if (fullScreen) {
            element.setAttribute("role", "dialog");
            element.setAttribute("aria-modal", "true");
            element.setAttribute("aria-label", text("team.teammate"));
            element.setAttribute("tabindex", "-1");
        } else {
            element.removeAttribute("role");
            element.removeAttribute("aria-modal");
            element.removeAttribute("aria-label");
            element.removeAttribute("tabindex");
        }
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
                    drawer.showRefusal(text("team.drawer.changedElsewhere", open.fullName()), true);
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
        showAsDialog(drawer);
        drawer.addSaveListener(event -> run(teammates.update(actor.get(), event.change()), text("team.changesSaved")));
        drawer.addDeactivateListener(event -> run(
                teammates.deactivate(actor.get(), event.teammate().id(), event.teammate().version(), event.reason()),
                text("team.drawer.deactivated", event.teammate().fullName())));
        drawer.addReactivateListener(event -> run(
                teammates.reactivate(actor.get(), event.teammate().id(), event.teammate().version()),
                text("team.drawer.reactivated", event.teammate().fullName())));
        drawer.addReloadListener(event -> open(event.teammate().id()));
        drawer.addCloseListener(event -> close(drawer));
        // Escape closes the teammate where it is a dialog, as every dialog does.
        Shortcuts.addShortcutListener(drawer, () -> {
            if (fullScreen && drawer.shown() != null) {
                close(drawer);
            }
        }, Key.ESCAPE).listenOn(drawer);
        return drawer;
    }

    private void close(TeammateDrawer drawer) {
        screen.getUI().ifPresent(ModalFocus::release);
        drawer.hide();
        closed.run();
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
