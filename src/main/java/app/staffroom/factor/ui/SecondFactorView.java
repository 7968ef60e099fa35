package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.factor.FactorStatus;
import app.staffroom.factor.SecondFactorSignIn;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import app.staffroom.security.ui.SignInSteps;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The second step of a sign-in: a code from the authenticator app, a recovery code, or a passkey. Only a
 * session whose password was right reaches it; the sign-in finishes under a new session id.
 */
@Route(value = SecondFactorView.PATH, autoLayout = false)
@PageTitle("titles.twoStepSignIn")
@PermitAll
public class SecondFactorView extends Main implements BeforeEnterObserver {

    public static final String PATH = SignInSteps.VERIFY;

    private final SecondFactorSignIn signIn;
    private final TextField code = new TextField(text("factor.code"));
    private final Button passkey = new Button(text("factor.useAPasskey"));

    private final CurrentActor current;

    public SecondFactorView(SecondFactorSignIn signIn, CurrentActor currentActor) {
        this.current = currentActor;
        this.signIn = signIn;
        addClassName("login-view");
        code.setId("second-factor-code");
        code.setHelperText(text("factor.the6DigitsYourAuthenticatorApp"));
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button verify = new Button(text("factor.verify"), click -> verify());
        verify.setId("verify-code");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        passkey.setId("use-passkey");
        passkey.setVisible(false);
        passkey.addClickListener(click -> usePasskey());
        Button other = new Button(text("factor.signInAsSomeoneElse"), click -> currentActor.signOut());
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(text("factor.staffroom")), new Paragraph(text("factor.oneMoreStepShowThatIt")), code, verify, passkey, other);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Async.load(this, signIn.factors(), this::show);
    }

    private void show(FactorStatus factors) {
        passkey.setVisible(!factors.passkeys().isEmpty());
        if (!factors.authenticatorApp()) {
            code.setHelperText(text("factor.oneOfYourRecoveryCodesOr"));
        }
    }

    private void verify() {
        Async.load(this, signIn.withCode(code.getValue()), path -> getUI().ifPresent(ui -> ui.getPage().setLocation(path)),
                failure -> {
                    code.setInvalid(true);
                    code.setErrorMessage(Failures.message(failure));
                });
    }

    private void usePasskey() {
        Async.load(this, signIn.passkeyChallenge(), challenge -> PasskeyBrowser.get(this, challenge.json(),
                answer -> Async.load(this, signIn.withPasskey(challenge, answer),
                        path -> getUI().ifPresent(ui -> ui.getPage().setLocation(path)), this::refused),
                this::refused));
    }

    private void refused(Object failure) {
        code.setInvalid(true);
        code.setErrorMessage(failure instanceof Throwable thrown ? Failures.message(thrown) : String.valueOf(failure));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String step = SignInSteps.pendingStep(current).orElse("");
        if (!step.equals(PATH)) {
            event.forwardTo(step);
        }
    }
}
