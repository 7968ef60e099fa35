package app.staffroom.password.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.EmailAddresses;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.Failures;
import app.staffroom.password.PasswordResetService;
import app.staffroom.password.ResetRequest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot password?" from the sign-in page: the person types their email and is told the same whether or not
 * an account has it; the link, if any, comes by email.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("titles.forgotPassword")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    private final PasswordResetService resets;
    private final TextField email = FieldRules.emailField(text("password.email"));
    private final Button send = new Button(text("password.emailMeALink"));
    private final Paragraph answer = new Paragraph();
    private final Binder<String[]> binder = new Binder<>();

    public ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("password-reset");
        email.setWidthFull();
        binder.forField(email).withValidator(FieldRules.check(EmailAddresses::problem))
                .bind(typed -> typed[0], (typed, value) -> typed[0] = value);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> send());
        answer.setVisible(false);
        answer.getElement().setAttribute("role", "status");
        Div form = new Div(email, send);
        form.addClassName("reset-form");
        add(new H1(text("password.forgotYourPassword")), new Paragraph(text("password.forgot.explained")), form, answer, new Anchor("login", text("password.backToSignIn")));
    }

    private void send() {
        String[] typed = {""};
        if (!FieldRules.writeOrShowFirstProblem(binder, typed)) {
            return;
        }
        String address = typed[0].strip();
        // The address the request came from, for the limit per client; behind a proxy, as the server was told.
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        send.setEnabled(false);
        // The answer about an address asked for before must not stand for this one.
        answer.setVisible(false);
        Async.load(this, resets.requestLink(address, client), outcome -> {
            send.setEnabled(true);
            answer.setText(outcome == ResetRequest.TAKEN
                    ? text("password.forgot.sent", address, PasswordResetService.LINK_LIFETIME.toMinutes())
                    : text("password.forgot.tooMany"));
            answer.setClassName("form-problem", outcome != ResetRequest.TAKEN);
            answer.setVisible(true);
        }, failure -> {
            send.setEnabled(true);
            email.setErrorMessage(Failures.message(failure));
            email.setInvalid(true);
        });
    }
}
