package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.security.SignInTickets;
import app.staffroom.workspace.FirstRunSetup;
import app.staffroom.workspace.SetupStatus;
import app.staffroom.workspace.SetupUnavailableException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * The first-run setup page, opened through the one-time link printed on the console of a fresh instance.
 * Without the current link, or once a practice exists, it shows only why it cannot be used. The owner who
 * completes it is signed in and lands on the new practice's teammates screen.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("titles.setUpStaffroom")
@AnonymousAllowed
public class SetupView extends Main implements BeforeEnterObserver {

    private final FirstRunSetup setup;
    private final SignInTickets tickets;
    private final String publicUrl;
    private final H1 title = new H1(text("workspace.setUpStaffroom"));
    private final Paragraph message = new Paragraph(text("workspace.checkingYourSetupLink"));
    private final Paragraph problem = new Paragraph();
    private final Button submit = new Button(text("workspace.setUpStaffroom"));
    private final Div card = new Div();
    private @Nullable SetupForm form;
    private String token = "";

    public SetupView(FirstRunSetup setup, SignInTickets tickets, @Value("${staffroom.public-url}") String publicUrl) {
        this.setup = setup;
        this.tickets = tickets;
        this.publicUrl = publicUrl;
        addClassName("setup-view");
        card.addClassName("setup-card");
        FormProblems.announce(problem);
        problem.setVisible(false);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        submit.setDisableOnClick(true);
        card.add(title, message);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Async.load(this, setup.status(token), status -> {
            if (status == SetupStatus.OPEN) {
                showForm(attachEvent.getUI());
            } else {
                refuse(status);
            }
        });
    }

    private void showForm(UI ui) {
        if (form != null) {
            return;
        }
        SetupForm form = new SetupForm(publicUrl, check -> setup.passwordProblems(check.password(), check.owner()));
        this.form = form;
        message.setText(text("workspace.setup.noPracticeYet"));
        card.add(form, problem, submit);
        ExtendedClientDetails browser = ui.getPage().getExtendedClientDetails();
        if (browser.getTimeZoneId() != null) {
            form.offerZone(browser.getTimeZoneId());
        } else {
            browser.refresh(details -> form.offerZone(details.getTimeZoneId()));
        }
        form.practice.name.focus();
    }

    private void submit() {
        problem.setVisible(false);
        SetupForm.Filled filled = form == null ? null : form.filled();
        if (filled == null) {
            submit.setEnabled(true);
            return;
        }
        Async.load(this, setup.setUp(token, filled.practice(), filled.owner(), filled.password()),
                account -> UI.getCurrent().getPage().setLocation(tickets.issue(account)),
                failure -> {
                    submit.setEnabled(true);
                    if (failure instanceof SetupUnavailableException unavailable) {
                        refuse(unavailable.status());
                    } else if (failure instanceof ChangeRefusedException) {
                        problem.setText(Failures.message(failure));
                        problem.setVisible(true);
                    } else {
                        Async.showFailure(failure);
                    }
                });
    }

    private void refuse(SetupStatus status) {
        card.removeAll();
        message.setText(status.refusal().text());
        card.add(title, message);
        if (status == SetupStatus.ALREADY_SET_UP) {
            card.add(new Anchor("login", text("workspace.signIn")));
        }
    }
}
