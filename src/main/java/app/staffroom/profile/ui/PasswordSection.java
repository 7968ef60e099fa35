package app.staffroom.profile.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.profile.ProfileService;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Changing one's own password on My profile: the current one, then the new one; other sessions end. */
class PasswordSection extends Div {

    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");

    PasswordSection(ProfileService profiles, CurrentActor currentActor, Clock clock, SerializableSupplier<Actor> actor) {
        newPassword.setHelperText("At least 12 characters; not easy to guess. Your other sessions will be signed out.");
        Button change = new Button("Change password", click -> {
            // This session proves the new password now, so it is the one session that stays signed in.
            // Microseconds: what the database keeps, so that both sides compare equal.
            var changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            currentActor.passwordProvedAt(changedAt);
            Async.load(this, profiles.changePassword(actor.get(), currentPassword.getValue(), newPassword.getValue(),
                            changedAt).thenReturn(true),
                    done -> {
                        currentPassword.clear();
                        newPassword.clear();
                        MyProfileView.mark(newPassword, null);
                        Notification.show("Your password was changed. Your other sessions were signed out.", 5000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    },
                    failure -> MyProfileView.mark(newPassword, Failures.message(failure)));
        });
        add(currentPassword, newPassword, change);
    }
}
