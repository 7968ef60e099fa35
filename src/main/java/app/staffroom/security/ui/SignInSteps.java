package app.staffroom.security.ui;

import app.staffroom.security.CurrentActor;
import app.staffroom.security.SecondFactorDue;
import java.util.Optional;

/**
 * Keeps an unfinished sign-in on its second step: a session whose password was right but whose second factor
 * is still due reaches only that step's page (or a page open to anyone). The screens of signed-in people ask
 * here before they open.
 */
public final class SignInSteps {

    /** The page of each step, by route path. */
    public static final String VERIFY = "signin/verify";
    public static final String ENROL = "signin/enrol";

    private SignInSteps() {
    }

    /** The route path of the step this session must finish first; empty when its sign-in is complete. */
    public static Optional<String> pendingStep(CurrentActor currentActor) {
        return currentActor.pendingSignIn().map(pending -> pending.due() == SecondFactorDue.ENROL ? ENROL : VERIFY);
    }
}
