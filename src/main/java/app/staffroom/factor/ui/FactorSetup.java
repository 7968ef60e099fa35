package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.factor.MyFactors;
import app.staffroom.factor.Passkeys;
import app.staffroom.factor.TotpEnrolment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Setting up a second factor: an authenticator app (QR code, the secret to type, confirmed by a first code)
 * or a passkey (named by the person). Used on My profile and when a sign-in requires enrolment. New recovery
 * codes, when the first factor makes them, go to {@code onCodes}; every change ends in {@code onChanged}.
 */
class FactorSetup extends Div {

    private final MyFactors factors;
    private final SerializableConsumer<List<String>> onCodes;
    private final SerializableRunnable onChanged;
    private final Div app = new Div();
    private final TextField passkeyName = new TextField(text("factor.nameOfThePasskey"));

    FactorSetup(MyFactors factors, SerializableConsumer<List<String>> onCodes, SerializableRunnable onChanged) {
        this.factors = factors;
        this.onCodes = onCodes;
        this.onChanged = onChanged;
        addClassName("factor-setup");
        Button startApp = new Button(text("factor.setUpAnAuthenticatorApp"), click -> startApp());
        startApp.setId("start-app");
        passkeyName.setId("passkey-name");
        passkeyName.setHelperText(text("factor.forExampleWorkLaptopMyPhone"));
        Button addPasskey = new Button(text("factor.addAPasskey"), click -> addPasskey());
        addPasskey.setId("add-passkey");
        Div passkey = new Div(new H3(text("factor.passkey")), new Paragraph(text("factor.setup.passkeyExplained")), passkeyName, addPasskey);
        passkey.addClassName("factor-choice");
        Div appChoice = new Div(new H3(text("factor.authenticatorApp")), new Paragraph(text("factor.setup.appExplained")), startApp, app);
        appChoice.addClassName("factor-choice");
        add(appChoice, passkey);
    }

    private void startApp() {
        Async.load(this, factors.beginApp(), this::showApp);
    }

    private void showApp(TotpEnrolment enrolment) {
        app.removeAll();
        byte[] png = enrolment.qrPng();
        Image qr = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), "authenticator.png", "image/png", png.length)),
                text("factor.qrCodeToScanWithYour"));
        qr.addClassName("totp-qr");
        Span secret = new Span(enrolment.typed());
        secret.setId("totp-secret");
        secret.addClassName("totp-secret");
        TextField code = new TextField(text("factor.codeFromTheApp"));
        code.setId("totp-code");
        Button confirm = new Button(text("factor.confirm"), click -> Async.load(this, factors.confirmApp(enrolment, code.getValue()),
                codes -> {
                    app.removeAll();
                    onCodes.accept(codes);
                    onChanged.run();
                },
                failure -> {
                    code.setInvalid(true);
                    code.setErrorMessage(Failures.message(failure));
                }));
        confirm.setId("confirm-app");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        app.add(new Paragraph(text("factor.scanThisCodeWithTheApp")), qr,
                new Paragraph(new Span(text("factor.setup.key") + " "), secret), code, confirm);
        code.focus();
    }

    private void addPasskey() {
        String problem = Passkeys.labelProblem(passkeyName.getValue());
        if (problem != null) {
            passkeyName.setInvalid(true);
            passkeyName.setErrorMessage(problem);
            return;
        }
        passkeyName.setInvalid(false);
        Async.load(this, factors.beginPasskey(), registration -> PasskeyBrowser.create(this, registration.json(),
                credential -> Async.load(this, factors.finishPasskey(registration, credential, passkeyName.getValue()),
                        codes -> {
                            passkeyName.clear();
                            onCodes.accept(codes);
                            onChanged.run();
                        },
                        failure -> {
                            passkeyName.setInvalid(true);
                            passkeyName.setErrorMessage(Failures.message(failure));
                        }),
                refusal -> {
                    passkeyName.setInvalid(true);
                    passkeyName.setErrorMessage(refusal);
                }));
    }
}
