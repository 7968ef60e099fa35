package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.workspace.NewPractices;
import app.staffroom.workspace.PracticeSettingsService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * For the operators of this Staffroom instance: creating a further practice with its first administrator,
 * and making another account an operator. Everyone else is told the page is not for them.
 */
@Route("instance")
@PageTitle("titles.thisStaffroomInstance")
@PermitAll
public class InstanceView extends Main {

    private final NewPractices practices;
    private final CurrentActor currentActor;
    private final NewPracticeForm form;
    private final Div content = new Div();
    private final UnorderedList operators = new UnorderedList();
    private final Div waiting = new Div();
    private final TextField operatorEmail = FieldRules.emailField(text("workspace.emailOfAnAccount"));
    private final Paragraph notOperator = new Paragraph(text("workspace.instance.notOperator"));

    public InstanceView(NewPractices practices, PracticeSettingsService settings, CurrentActor currentActor) {
        this.practices = practices;
        this.currentActor = currentActor;
        this.form = new NewPracticeForm(settings.bookingPageBase().replaceFirst("book/$", ""));
        addClassName("instance-view");
        Button create = new Button(text("workspace.createPracticeAndInvite"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> create(create));
        Button grant = new Button(text("workspace.makeOperator"));
        grant.setDisableOnClick(true);
        grant.addClickListener(click -> grant(grant));
        operators.setId("instance-operators");
        HorizontalLayout granting = new HorizontalLayout(operatorEmail, grant);
        granting.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.add(new H2(text("workspace.newPractice2")), new Paragraph(text("workspace.instance.sharesNothing")), form, create,
                new H2(text("workspace.practicesWaitingForTheirOwner")), waiting,
                new H2(text("workspace.operators")), new Paragraph(text("workspace.operatorsCanCreatePracticesOnThis")),
                operators, granting);
        content.setVisible(false);
        notOperator.setVisible(false);
        add(new H1(text("workspace.thisStaffroomInstance")), notOperator, content);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.account().ifPresent(account -> Async.load(this, practices.isOperator(account), operator -> {
            content.setVisible(operator);
            notOperator.setVisible(!operator);
            if (operator) {
                showOperators(account);
                showWaiting(account);
                var browser = attachEvent.getUI().getPage().getExtendedClientDetails();
                if (browser.getTimeZoneId() != null) {
                    form.practice.offerZone(browser.getTimeZoneId());
                } else {
                    browser.refresh(details -> form.practice.offerZone(details.getTimeZoneId()));
                }
            }
        }));
    }

    private void showOperators(SignedInAccount account) {
        Async.load(this, practices.operators(account).collectList(), (List<String> names) -> {
            operators.removeAll();
            names.forEach(name -> operators.add(new ListItem(name)));
        });
    }

    /** Practices whose owner has not joined: their invitation can be sent again when it expired or went astray. */
    private void showWaiting(SignedInAccount account) {
        Async.load(this, practices.waiting(account).collectList(), list -> {
            waiting.removeAll();
            if (list.isEmpty()) {
                waiting.add(new Paragraph(text("workspace.everyPracticeSOwnerHasJoined")));
            }
            for (NewPractices.WaitingPractice practice : list) {
                Button resend = new Button(text("workspace.sendANewInvitation"));
                resend.setAriaLabel(text("workspace.instance.resendLabel", practice.ownerEmail(), practice.name()));
                resend.setDisableOnClick(true);
                resend.addClickListener(click -> Async.load(this,
                        practices.reinvite(account, practice.workspaceId(), practice.ownerTeammateId()).thenReturn(true),
                        done -> {
                            Notification.show(text("workspace.instance.resent", practice.ownerEmail(), practice.name()), 5000, Notification.Position.BOTTOM_START);
                            showWaiting(account);
                        }, failure -> {
                            resend.setEnabled(true);
                            Notification.show(Failures.message(failure), 6000, Notification.Position.MIDDLE);
                        }));
                Paragraph line = new Paragraph(practice.linkWorksUntil() == null
                        ? text("workspace.instance.waitingNoLink", practice.name(), practice.ownerEmail())
                        : text("workspace.instance.waitingUntil", practice.name(), practice.ownerEmail(),
                                app.staffroom.base.ui.Formats.dateTime(practice.linkWorksUntil())));
                HorizontalLayout row = new HorizontalLayout(line, resend);
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                waiting.add(row);
            }
        });
    }

    private void create(Button create) {
        SignedInAccount account = currentActor.account().orElseThrow();
        NewPracticeForm.Filled filled = form.filled();
        if (filled == null) {
            create.setEnabled(true);
            return;
        }
        Async.load(this, practices.create(account, filled.practice(), filled.administrator()), created -> {
            create.setEnabled(true);
            form.clear();
            showWaiting(account);
            String email = filled.administrator().email().strip();
            Notification.show(text(created.existingAccount() ? "workspace.instance.createdExisting" : "workspace.instance.created",
                    filled.practice().name().strip(), email), 8000, Notification.Position.BOTTOM_START);
        }, failure -> {
            create.setEnabled(true);
            if (failure instanceof FieldRefusedException refusal && form.showOnField(refusal)) {
                FieldRules.focusFirstProblem(form);
            } else {
                Notification.show(Failures.message(failure), 6000, Notification.Position.MIDDLE);
            }
        });
    }

    private void grant(Button grant) {
        SignedInAccount account = currentActor.account().orElseThrow();
        String email = operatorEmail.getValue().strip();
        Async.load(this, practices.grantOperator(account, email).thenReturn(true), done -> {
            grant.setEnabled(true);
            operatorEmail.clear();
            operatorEmail.setInvalid(false);
            showOperators(account);
            Notification.show(text("workspace.instance.operatorGranted", email), 5000, Notification.Position.BOTTOM_START);
        }, failure -> {
            grant.setEnabled(true);
            operatorEmail.setErrorMessage(Failures.message(failure));
            operatorEmail.setInvalid(true);
        });
    }
}
