package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.factor.MyFactors;
import app.staffroom.factor.SecondFactorSignIn;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import app.staffroom.security.ui.SignInSteps;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Enrolment a practice requires: right after the password, a person whose role needs a second factor and whose
 * grace period is over sets one up here before anything else opens.
 */
@Route(value = EnrolView.PATH, autoLayout = false)
@PageTitle("titles.setUpTwoStepSignIn")
@PermitAll
public class EnrolView extends Main implements BeforeEnterObserver {

    public static final String PATH = SignInSteps.ENROL;

    private final Div codes = new Div();
    private final Div choices = new Div();
    private final Button carryOn = new Button(text("factor.continueToStaffroom"));

    private final CurrentActor current;

    public EnrolView(MyFactors factors, SecondFactorSignIn signIn, CurrentActor currentActor) {
        this.current = currentActor;
        addClassName("login-view");
        addClassName("enrol-view");
        carryOn.setId("finish-enrolment");
        carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        carryOn.setVisible(false);
        carryOn.addClickListener(click -> Async.load(this, signIn.finishEnrolment(),
                path -> getUI().ifPresent(ui -> ui.getPage().setLocation(path)),
                failure -> Notification.show(Failures.message(failure))));
        Paragraph done = new Paragraph(text("factor.yourSecondStepIsSetUp"));
        done.setVisible(false);
        FactorSetup setup = new FactorSetup(factors, shown -> {
            codes.removeAll();
            if (!shown.isEmpty()) {
                codes.add(new RecoveryCodesPanel(shown));
            }
        }, () -> {
            carryOn.setVisible(true);
            done.setVisible(true);
            choices.setVisible(false);
        });
        choices.add(setup);
        Button other = new Button(text("factor.signInAsSomeoneElse"), click -> currentActor.signOut());
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(text("factor.setUpTwoStepSignIn")), new Paragraph(text("factor.enrol.needsSecondStep")),
                choices, done, codes, carryOn, other);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String step = SignInSteps.pendingStep(current).orElse("");
        if (!step.equals(PATH)) {
            event.forwardTo(step);
        }
    }
}
