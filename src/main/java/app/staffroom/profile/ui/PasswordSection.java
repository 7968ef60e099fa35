package app.staffroom.profile.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.PasswordFields;
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

    private final PasswordField currentPassword = PasswordFields.labelled(text("profile.currentPassword"));
    private final PasswordField newPassword = PasswordFields.labelled(text("profile.newPassword"));

    PasswordSection(ProfileService profiles, CurrentActor currentActor, Clock clock, SerializableSupplier<Actor> actor) {
        newPassword.setHelperText(text("profile.atLeast12CharactersNotEasy"));
        Button change = new Button(text("profile.changePassword"), click -> {
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
                        MyProfileView.mark(currentPassword, null);
                        Notification.show(text("profile.yourPasswordWasChangedYourOther"), 5000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    },
                    failure -> {
                        // A wrong current password is said on that field, anything else on the new one.
                        boolean current = failure instanceof FieldRefusedException refused
                                && ProfileService.CURRENT_PASSWORD.equals(refused.field());
                        MyProfileView.mark(current ? currentPassword : newPassword, Failures.message(failure));
                        MyProfileView.mark(current ? newPassword : currentPassword, null);
                    });
        });
        add(currentPassword, newPassword, change);
    }
}
