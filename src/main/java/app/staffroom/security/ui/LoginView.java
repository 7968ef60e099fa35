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
import static app.staffroom.base.Messages.text;

@Route(value = "login", autoLayout = false)
@PageTitle("titles.signIn")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph removed = new Paragraph();

    public LoginView(List<SignInAlternative> alternatives) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(click -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(texts());
        H1 brand = new H1(text("shell.brand"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(text("signIn.tagline"));
        tagline.addClassName("login-tagline");
        FormProblems.announce(removed);
        removed.setVisible(false);
        add(brand, tagline, removed, form);
        alternatives.forEach(alternative -> add(alternative.create()));
        Footer footer = new Footer(new Anchor("accessibility", text("signIn.accessibility")));
        footer.addClassName("login-footer");
        add(footer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        removed.setText(parameters.containsKey("password-changed")
                ? text("signIn.notice.passwordChanged")
                : parameters.containsKey("password-reset") ? text("signIn.notice.passwordReset")
                : parameters.containsKey("signed-out") ? text("signIn.notice.signedOut")
                : parameters.containsKey("expired") ? text("signIn.notice.expired")
                : text("signIn.notice.removed"));
        removed.setVisible(parameters.containsKey("removed") || parameters.containsKey("password-changed")
                || parameters.containsKey("password-reset") || parameters.containsKey("signed-out")
                || parameters.containsKey("expired"));
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(text("signIn.title"));
        texts.setUsername(text("signIn.email"));
        texts.setPassword(text("signIn.password"));
        texts.setSubmit(text("signIn.submit"));
        texts.setForgotPassword(text("signIn.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(text("signIn.refused"));
        error.setMessage(text("signIn.refused.hint"));
        return i18n;
    }
}
