package app.staffroom.profile.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.profile.EmailChangeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the link sent to a new email address leads. Nothing changes until the person presses the
 * button: mail scanners that open every link must not confirm an address on their own.
 */
@Route(value = "profile/email/:token", autoLayout = false)
@PageTitle("titles.confirmYourEmail")
@AnonymousAllowed
public class ConfirmEmailView extends Main implements BeforeEnterObserver {

    private final EmailChangeService emailChanges;
    private final Paragraph message = new Paragraph(text("profile.pressTheButtonToUseThis"));
    private final Button confirm = new Button(text("profile.confirmMyNewEmailAddress"));
    private String token = "";

    public ConfirmEmailView(EmailChangeService emailChanges) {
        this.emailChanges = emailChanges;
        addClassName("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        add(new H1(text("profile.confirmYourNewEmail")), message, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    private void confirm() {
        confirm.setEnabled(false);
        Async.load(this, emailChanges.confirmEmailChange(token), email -> {
            message.setText(text("profile.emailConfirmed", email));
            confirm.setVisible(false);
            add(new Anchor("login", text("profile.signIn")));
        }, failure -> {
            message.setText(Failures.message(failure));
            FormProblems.announce(message);
            confirm.setVisible(false);
        });
    }
}
