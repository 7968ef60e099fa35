package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.factor.FactorStatus;
import app.staffroom.factor.MyFactors;
import app.staffroom.factor.PasskeySummary;
import app.staffroom.factor.ProofNeededException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * My profile › Two-step sign-in: the person's authenticator app, passkeys and recovery codes, with set-up,
 * removal and new codes. Changes ask for the password again when the last proof is older than five minutes.
 */
public class TwoFactorSection extends Div {

    private final MyFactors factors;
    private final Div status = new Div();
    private final Div codes = new Div();
    private final Div setupPlace = new Div();

    public TwoFactorSection(MyFactors factors) {
        this.factors = factors;
        addClassName("two-factor-section");
        setId("two-factor");
        Button setUp = new Button(text("factor.addASecondStep"), click -> withProof(this::showSetup));
        setUp.setId("add-factor");
        Div setUpPlace = new Div(setUp);
        add(status, setUpPlace, setupPlace, codes);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    private void refresh() {
        Async.load(this, factors.status(), this::show);
    }

    private void show(FactorStatus current) {
        status.removeAll();
        status.add(new Paragraph(current.hasSecondFactor()
                ? text("factor.signingInAsksForYourPassword")
                : text("factor.onlyYourPasswordProtectsYourAccount")));
        UnorderedList list = new UnorderedList();
        if (current.authenticatorApp()) {
            Button remove = new Button(text("factor.remove"), click -> confirm(text("factor.removeTheAuthenticatorApp"),
                    text("factor.itsCodesStopWorkingAtOnce"), text("factor.remove"), () -> withProof(() -> run(factors.removeApp(), text("factor.authenticatorAppRemoved")))));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(text("factor.removeTheAuthenticatorApp2"));
            list.add(new ListItem(new Span(text("factor.authenticatorApp") + " "), remove));
        }
        for (PasskeySummary passkey : current.passkeys()) {
            Button remove = new Button(text("factor.remove"), click -> confirm(text("factor.passkeys.removeQuestion", passkey.label()),
                    text("factor.itStopsSigningYouInAt"), text("factor.remove"), () -> withProof(() -> run(factors.removePasskey(passkey),
                    text("factor.passkeys.removed", passkey.label())))));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(text("factor.passkeys.removeLabel", passkey.label()));
            String added = passkey.lastUsed() == null
                    ? text("factor.passkeys.added", passkey.label(), Formats.dateTime(passkey.created()))
                    : text("factor.passkeys.addedAndUsed", passkey.label(), Formats.dateTime(passkey.created()),
                            Formats.dateTime(passkey.lastUsed()));
            list.add(new ListItem(new Span(added + " "), remove));
        }
        if (current.hasSecondFactor()) {
            Button renew = new Button(text("factor.newRecoveryCodes"), click -> confirm(text("factor.makeNewRecoveryCodes"),
                    text("factor.yourCurrentRecoveryCodesStopWorking"), text("factor.makeNewCodes"),
                    () -> withProof(() -> Async.load(this, factors.newRecoveryCodes(), this::showCodes))));
            renew.addThemeVariants(ButtonVariant.LUMO_SMALL);
            renew.setId("new-recovery-codes");
            list.add(new ListItem(new Span(text("factor.codes.unused", current.recoveryCodesLeft()) + " "), renew));
        }
        status.add(list);
    }

    private void showSetup() {
        setupPlace.removeAll();
        setupPlace.add(new FactorSetup(factors, this::showCodes, () -> {
            setupPlace.removeAll();
            Notification.show(text("factor.secondStepAdded"));
            refresh();
        }));
    }

    private void showCodes(List<String> shown) {
        codes.removeAll();
        if (!shown.isEmpty()) {
            codes.add(new RecoveryCodesPanel(shown));
        }
        refresh();
    }

    private void run(reactor.core.publisher.Mono<Void> change, String done) {
        Async.load(this, change.thenReturn(true), ok -> {
            Notification.show(done);
            refresh();
        });
    }

    private static void confirm(String header, String text, String action, SerializableRunnable then) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, confirmed -> then.run());
        ConfirmDialogs.cancelable(dialog);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs {@code change} once this session has proved who the person is within five minutes. */
    private void withProof(SerializableRunnable change) {
        if (factors.provedRecently()) {
            change.run();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(text("factor.enterYourPassword"));
        PasswordField password = PasswordFields.labelled(text("factor.yourPassword"));
        password.setId("proof-password");
        password.setHelperText(new ProofNeededException().phrase().text());
        Button confirm = new Button(text("factor.continue"), click -> Async.load(this, factors.provePassword(password.getValue()).thenReturn(true),
                ok -> {
                    dialog.close();
                    change.run();
                },
                failure -> {
                    password.setInvalid(true);
                    password.setErrorMessage(Failures.message(failure));
                }));
        confirm.setId("confirm-proof");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(text("factor.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }
}
