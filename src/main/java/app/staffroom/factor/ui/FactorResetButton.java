package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.factor.FactorAdministration;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.di.Instantiator;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Reset two-step sign-in…" for an administrator, in a teammate's drawer: for a lost phone or passkey. Asks
 * for the administrator's own password first; the teammate is emailed and sets up a new second step.
 */
public class FactorResetButton extends Button {

    private @Nullable Actor actor;
    private @Nullable UUID teammateId;
    private String name = "";

    public FactorResetButton() {
        super(text("factor.resetTwoStepSignIn"));
        setId("reset-factors");
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> ask());
        setVisible(false);
    }

    /** Offers the reset for this teammate, or hides it when {@code actor} is null. */
    public void offer(@Nullable Actor actor, UUID teammateId, String name) {
        this.actor = actor;
        this.teammateId = teammateId;
        this.name = name;
        setVisible(actor != null);
    }

    private void ask() {
        Actor acting = actor;
        UUID target = teammateId;
        if (acting == null || target == null) {
            return;
        }
        FactorAdministration administration = Instantiator.get(getUI().orElseThrow()).getOrCreate(FactorAdministration.class);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(text("factor.reset.question", name));
        PasswordField password = PasswordFields.labelled(text("factor.yourPassword"));
        password.setId("reset-factors-password");
        Button confirm = new Button(text("factor.reset"), click -> Async.load(this,
                administration.resetFactors(acting, target, password.getValue()).thenReturn(true),
                done -> {
                    dialog.close();
                    Notification.show(acting.teammateId().equals(target)
                            ? text("factor.reset.doneOwn") : text("factor.reset.done", name));
                },
                failure -> {
                    password.setInvalid(true);
                    password.setErrorMessage(Failures.message(failure));
                }));
        confirm.setId("confirm-reset-factors");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(text("factor.reset.explained", name)), password);
        dialog.getFooter().add(new Button(text("factor.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }
}
