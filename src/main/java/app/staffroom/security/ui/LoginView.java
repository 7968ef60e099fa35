package app.staffroom.security.ui;

import app.staffroom.base.ui.FormProblems;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Staffroom")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph removed = new Paragraph("Your access to that practice was removed, so you were signed out.");

    public LoginView(List<SignInAlternative> alternatives) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(click -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(texts());
        H1 brand = new H1("Staffroom");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Team administration for your practice");
        tagline.addClassName("login-tagline");
        FormProblems.announce(removed);
        removed.setVisible(false);
        add(brand, tagline, removed, form);
        alternatives.forEach(alternative -> add(alternative.create()));
        Footer footer = new Footer(new Anchor("accessibility", "Accessibility"));
        footer.addClassName("login-footer");
        add(footer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        removed.setText(parameters.containsKey("password-changed")
                ? "Your password was changed, so you were signed out. Sign in with the new password."
                : parameters.containsKey("password-reset") ? "Your new password is set. Sign in with it."
                : parameters.containsKey("signed-out") ? "This session was signed out, from another session or by "
                        + "an administrator. Sign in again if you need to."
                : parameters.containsKey("expired") ? "This sign-in page had expired. Please sign in again."
                : "Your access to that practice was removed, so you were signed out.");
        removed.setVisible(parameters.containsKey("removed") || parameters.containsKey("password-changed")
                || parameters.containsKey("password-reset") || parameters.containsKey("signed-out")
                || parameters.containsKey("expired"));
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("Sign in");
        texts.setUsername("Email");
        texts.setSubmit("Sign in");
        texts.setForgotPassword("Forgot password?");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Incorrect email or password");
        error.setMessage("Check both and try again. After several failed attempts, "
                + "signing in to this account pauses for a while.");
        return i18n;
    }
}
