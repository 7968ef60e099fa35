package app.staffroom.password.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.password.PasswordResetService;
import app.staffroom.password.ResetLink;
import app.staffroom.password.ResetLinkUnusableException;
import app.staffroom.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * Where a reset link leads. Nothing is checked or used until the person presses Continue (mail scanners open
 * every link); the link is used up only when the new password is saved. The new password follows the same
 * rules, on the same fields, as when accepting an invitation; afterwards the person signs in with it.
 */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("titles.chooseANewPassword")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver {

    private final PasswordResetService resets;
    private final H1 title = new H1(text("password.chooseANewPassword"));
    private final Paragraph message = new Paragraph(text("password.pressContinueToChooseANew"));
    private final Paragraph problem = new Paragraph();
    private final Button next = new Button(text("password.continue"));
    private final Div form = new Div();
    private String token = "";

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("password-reset");
        FormProblems.announce(problem);
        problem.setVisible(false);
        form.addClassName("reset-form");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setDisableOnClick(true);
        next.addClickListener(click -> Async.load(this, resets.open(token), this::showForm, this::showFailure));
        add(title, message, problem, next, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    private void showForm(ResetLink link) {
        next.setVisible(false);
        message.setText(text("password.reset.chooseFor", link.email()));
        PasswordField password = PasswordFields.labelled(text("password.newPassword"));
        PasswordField repeat = PasswordFields.labelled(text("password.repeatThePassword"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        // No maxlength: the browser would cut a longer pasted password short without a word; the rules refuse it.
        password.setHelperText(text("password.reset.passwordHelp", PasswordPolicy.MIN_LENGTH));
        password.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        Binder<String[]> binder = new Binder<>();
        binder.forField(password).withValidator(FieldRules.check(typed -> {
                    List<String> problems = resets.passwordProblems(link, typed);
                    return problems.isEmpty() ? null : String.join(" ", problems);
                }))
                .bind(typed -> typed[0], (typed, value) -> typed[0] = value);
        binder.forField(repeat).withValidator(FieldRules.check(typed -> typed.equals(password.getValue()) ? null
                        : text("password.theTwoPasswordsAreNotThe")))
                .bind(typed -> typed[1], (typed, value) -> typed[1] = value);
        binder.readBean(new String[] {"", ""});
        Button save = new Button(text("password.setNewPassword"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            String[] typed = {"", ""};
            if (!FieldRules.writeOrShowFirstProblem(binder, typed)) {
                return;
            }
            save.setEnabled(false);
            problem.setVisible(false);
            Async.load(this, resets.setNewPassword(token, typed[0]).thenReturn(true),
                    done -> getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("password-reset", "")))),
                    failure -> {
                        save.setEnabled(true);
                        showFailure(failure);
                    });
        });
        form.removeAll();
        form.add(password, repeat, save);
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof ResetLinkUnusableException) {
            title.setText(text("password.thisLinkCannotBeUsed"));
            message.setText(Failures.message(failure));
            next.setVisible(false);
            form.removeAll();
            form.add(new Anchor("forgot-password", text("password.askForANewLink")));
            problem.setVisible(false);
        } else {
            next.setEnabled(true);
            problem.setText(Failures.message(failure));
            problem.setVisible(true);
        }
    }
}
