package app.staffroom.security.ui;

import app.staffroom.security.CurrentActor;
import app.staffroom.security.PasswordProved;
import app.staffroom.security.SecondFactorDue;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps an unfinished sign-in on its second step: a session whose password was right but whose second factor
 * is still due reaches only that step's page (or a page open to anyone), whatever address it asks for; a
 * finished sign-in that opens a second-step page goes to the start page instead.
 */
@Component
class SignInSteps implements VaadinServiceInitListener {

    /** The page of each step, by route path. */
    static final String VERIFY = "signin/verify";
    static final String ENROL = "signin/enrol";

    private final CurrentActor currentActor;

    SignInSteps(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::route));
    }

    private void route(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean stepPage = path.equals(VERIFY) || path.equals(ENROL);
        Optional<PasswordProved> pending = currentActor.pendingSignIn();
        if (pending.isPresent()) {
            String step = pending.get().due() == SecondFactorDue.ENROL ? ENROL : VERIFY;
            if (!path.equals(step) && !event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                event.rerouteTo(step);
            }
        } else if (stepPage) {
            event.rerouteTo("");
        }
    }
}
