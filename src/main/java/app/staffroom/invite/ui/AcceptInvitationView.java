package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.PasswordFields;
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
import app.staffroom.base.ui.PageTitles;
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
@PageTitle("titles.joinYourPractice")
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    private final InvitationAcceptance invitations;
    private final SignInTickets tickets;
    private final H1 title = new H1(text("invite.joinYourPractice"));
    private final Paragraph message = new Paragraph(text("invite.checkingYourInvitation"));
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
        title.setText(text("invite.accept.join", invitation.workspaceName()));
        getUI().ifPresent(ui -> PageTitles.show(ui, PageTitles.naming(text("invite.accept.titleJoin"), invitation.workspaceName())));
        form.removeAll();
        if (invitation.existingAccount()) {
            message.setText(text("invite.accept.existing", invitation.inviterName(), invitation.email(),
                    invitation.workspaceName()));
            PasswordField password = PasswordFields.labelled(text("invite.yourCurrentPassword"));
            TextField code = new TextField(text("invite.codeFromTheEmail"));
            code.setAllowedCharPattern("[0-9]");
            Button send = new Button(text("invite.emailMeACode"), click -> run(invitations.sendCode(token).thenReturn(true),
                    sent -> showProblem(text("invite.accept.codeSent", invitation.email()))));
            Button join = new Button(text("invite.accept.join", invitation.workspaceName()), click -> signIn(
                    invitations.acceptWithExistingAccount(token, password.getValue(), code.getValue())));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(password, send, code, join);
        } else if (invitation.mobileStep() == InvitationPreview.MobileStep.REQUIRED) {
            message.setText(text("invite.accept.mobileFirst", invitation.inviterName(), invitation.firstName(),
                    invitation.workspaceName(), invitation.mobileEnding()));
            form.add(mobileStep(invitation, () -> {
                form.removeAll();
                showPasswordForm(invitation, true);
            }));
        } else {
            boolean confirmed = invitation.mobileStep() == InvitationPreview.MobileStep.CONFIRMED;
            showPasswordForm(invitation, confirmed);
            if (invitation.mobileStep() == InvitationPreview.MobileStep.OPTIONAL) {
                Div optional = new Div(new Paragraph(text("invite.accept.mobileOptional", invitation.mobileEnding())));
                optional.addClassName("mobile-confirmation");
                optional.add(mobileStep(invitation, () -> {
                    optional.removeAll();
                    optional.add(new Paragraph(text("invite.accept.mobileConfirmed", invitation.mobileEnding())));
                }));
                form.addComponentAsFirst(optional);
            }
        }
    }

    /** A code texted to the invitation's mobile number, then {@code confirmed} runs. */
    private Div mobileStep(InvitationPreview invitation, SerializableRunnable confirmed) {
        TextField code = new TextField(text("invite.codeFromTheTextMessage"));
        code.setAllowedCharPattern("[0-9]");
        code.setMaxLength(6);
        Button send = new Button(text("invite.textMeACode"), click -> run(invitations.sendMobileCode(token).thenReturn(true),
                sent -> showProblem(text("invite.accept.mobileCodeSent", invitation.mobileEnding()))));
        Button confirm = new Button(text("invite.confirmMyNumber"), click -> run(
                invitations.confirmMobile(token, code.getValue()).thenReturn(true), done -> {
                    problem.setVisible(false);
                    confirmed.run();
                }));
        Div step = new Div(send, code, confirm);
        step.addClassName("mobile-step");
        return step;
    }

    private void showPasswordForm(InvitationPreview invitation, boolean mobileConfirmed) {
        message.setText(text(mobileConfirmed ? "invite.accept.choosePasswordConfirmed" : "invite.accept.choosePassword",
                invitation.inviterName(), invitation.firstName(), invitation.workspaceName(), invitation.email()));
        PasswordField password = PasswordFields.labelled(text("invite.newPassword"));
        password.setHelperText(text("invite.accept.passwordHelp", PasswordPolicy.MIN_LENGTH));
        // No maxlength: the browser would cut a longer pasted password short without a word; the policy refuses it.
        PasswordField repeat = PasswordFields.labelled(text("invite.repeatThePassword"));
        Button join = new Button(text("invite.setPasswordAndJoin"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(text("invite.theTwoPasswordsAreNotThe"));
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
        title.setText(text("invite.thisInvitationCannotBeUsed"));
        message.setText(Failures.message(failure));
    }
}
