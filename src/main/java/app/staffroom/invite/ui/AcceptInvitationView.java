package app.staffroom.invite.ui;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.invite.InvitationPreview;
import app.staffroom.invite.InvitationAcceptance;
import app.staffroom.invite.InvitationUnusableException;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.SignInTickets;
import app.staffroom.security.SignedInAccount;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import reactor.core.publisher.Mono;

/**
 * The page an invitation links to, without sign-in: a new person chooses a password, after confirming the
 * invitation's mobile number with a texted code where the practice asks for it; a person with an account proves
 * it with their password and an emailed code. Then they are signed in.
 */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Join your practice · Staffroom")
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    private final InvitationAcceptance invitations;
    private final SignInTickets tickets;
    private final H1 title = new H1("Join your practice");
    private final Paragraph message = new Paragraph("Checking your invitation…");
    private final Paragraph problem = new Paragraph();
    private final Div form = new Div();
    private String token = "";

    public AcceptInvitationView(InvitationAcceptance invitations, SignInTickets tickets) {
        this.invitations = invitations;
        this.tickets = tickets;
        addClassName("accept-invitation");
        FormProblems.announce(problem);
        problem.setVisible(false);
        form.addClassName("accept-form");
        add(title, message, problem, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Async.load(this, invitations.preview(token), this::show, this::showUnusable);
    }

    private void show(InvitationPreview invitation) {
        title.setText("Join " + invitation.workspaceName());
        form.removeAll();
        if (invitation.existingAccount()) {
            message.setText(invitation.inviterName() + " invited you (" + invitation.email() + "). You already have a "
                    + "Staffroom login: confirm it with your password and the code we email you, and "
                    + invitation.workspaceName() + " joins your workspaces.");
            PasswordField password = new PasswordField("Your current password");
            TextField code = new TextField("Code from the email");
            code.setAllowedCharPattern("[0-9]");
            Button send = new Button("Email me a code", click -> run(invitations.sendCode(token).thenReturn(true),
                    sent -> showProblem("We sent a code to " + invitation.email() + ". It is valid for 10 minutes.")));
            Button join = new Button("Join " + invitation.workspaceName(), click -> signIn(
                    invitations.acceptWithExistingAccount(token, password.getValue(), code.getValue())));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(password, send, code, join);
        } else if (invitation.mobileStep() == InvitationPreview.MobileStep.REQUIRED) {
            message.setText(invitation.inviterName() + " invited you, " + invitation.firstName() + ", to "
                    + invitation.workspaceName() + ". First confirm your mobile number ending in "
                    + invitation.mobileEnding() + " with a code we text to it; then choose your password.");
            form.add(mobileStep(invitation, () -> {
                form.removeAll();
                showPasswordForm(invitation, true);
            }));
        } else {
            boolean confirmed = invitation.mobileStep() == InvitationPreview.MobileStep.CONFIRMED;
            showPasswordForm(invitation, confirmed);
            if (invitation.mobileStep() == InvitationPreview.MobileStep.OPTIONAL) {
                Div optional = new Div(new Paragraph("You can also confirm your mobile number ending in "
                        + invitation.mobileEnding() + " with a code we text to it (optional)."));
                optional.addClassName("mobile-confirmation");
                optional.add(mobileStep(invitation, () -> {
                    optional.removeAll();
                    optional.add(new Paragraph("Your mobile number ending in " + invitation.mobileEnding() + " is confirmed."));
                }));
                form.addComponentAsFirst(optional);
            }
        }
    }

    /** A code texted to the invitation's mobile number, then {@code confirmed} runs. */
    private Div mobileStep(InvitationPreview invitation, SerializableRunnable confirmed) {
        TextField code = new TextField("Code from the text message");
        code.setAllowedCharPattern("[0-9]");
        code.setMaxLength(6);
        Button send = new Button("Text me a code", click -> run(invitations.sendMobileCode(token).thenReturn(true),
                sent -> showProblem("We sent a code to your mobile number ending in " + invitation.mobileEnding()
                        + ". It is valid for 10 minutes.")));
        Button confirm = new Button("Confirm my number", click -> run(
                invitations.confirmMobile(token, code.getValue()).thenReturn(true), done -> {
                    problem.setVisible(false);
                    confirmed.run();
                }));
        Div step = new Div(send, code, confirm);
        step.addClassName("mobile-step");
        return step;
    }

    private void showPasswordForm(InvitationPreview invitation, boolean mobileConfirmed) {
        message.setText(invitation.inviterName() + " invited you, " + invitation.firstName() + ", to "
                + invitation.workspaceName() + ". " + (mobileConfirmed ? "Your mobile number is confirmed. " : "")
                + "Choose a password for " + invitation.email() + ".");
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few unrelated words work well.");
        // No maxlength: the browser would cut a longer pasted password short without a word; the policy refuses it.
        PasswordField repeat = new PasswordField("Repeat the password");
        Button join = new Button("Set password and join", click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords are not the same.");
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            signIn(invitations.acceptAsNewPerson(token, password.getValue()));
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(password, repeat, join);
    }

    private void signIn(Mono<SignedInAccount> acceptance) {
        run(acceptance, account -> UI.getCurrent().getPage().setLocation(tickets.issue(account)));
    }

    private <T> void run(Mono<T> action, SerializableConsumer<T> then) {
        problem.setVisible(false);
        Async.load(this, action, then, failure -> {
            if (failure instanceof InvitationUnusableException) {
                showUnusable(failure);
            } else if (failure instanceof ChangeRefusedException) {
                showProblem(Failures.message(failure));
            } else {
                Async.showFailure(failure);
            }
        });
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void showUnusable(Throwable failure) {
        form.removeAll();
        problem.setVisible(false);
        title.setText("This invitation cannot be used");
        message.setText(Failures.message(failure));
    }
}
