package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateDetails;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import reactor.core.publisher.Mono;

/** The drawer's ways out of a state: a pending teammate's invitation sent again or revoked, and reactivation asked first. */
final class DrawerActions {

    private DrawerActions() {
    }

    /** Says what reactivating costs, then runs {@code reactivate} once confirmed. */
    static void confirmReactivation(TeammateDrawer drawer, DrawerSupport support, Actor actor, TeammateDetails teammate,
                                    SerializableRunnable reactivate) {
        Async.load(drawer, support.teammates.seats(actor), seats -> ReactivationDialog.ask(teammate, seats, reactivate));
    }

    static void resend(TeammateDrawer drawer, DrawerSupport support, Actor actor, TeammateDetails teammate,
                       SerializableConsumer<TeammateDetails> shown) {
        run(drawer, support.teammates.resendInvitation(actor, teammate.id()),
                text("team.invitation.resent", teammate.email()), shown);
    }

    static void revoke(TeammateDrawer drawer, DrawerSupport support, Actor actor, TeammateDetails teammate,
                       SerializableConsumer<TeammateDetails> shown) {
        ReasonDialog.ask(text("team.invitation.revokeQuestion", teammate.fullName()),
                List.of(text("team.invitation.revokeExplained", teammate.fullName())), text("team.revoke"),
                reason -> run(drawer, support.teammates.revokeInvitation(actor, teammate.id(), reason), text("team.invitationRevoked"),
                        shown));
    }

    /** The result shows in the drawer, and the list follows through the live feed; a refusal shows as a notice. */
    private static void run(TeammateDrawer drawer, Mono<TeammateDetails> change, String confirmation,
                            SerializableConsumer<TeammateDetails> shown) {
        Async.load(drawer, change, after -> {
            shown.accept(after);
            Notification.show(confirmation, 4000, Notification.Position.BOTTOM_START);
        }, failure -> drawer.showRefusal(Failures.message(failure), false));
    }
}
