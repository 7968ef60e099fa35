package app.staffroom.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The signed-in account and the workspace it is working in, as kept in the user's session. Only the
 * choice is kept here; what the actor may do is asked from the database on every service call.
 */
@Component
public class CurrentActor {

    private static final String WORKSPACE_CHOICE = CurrentActor.class.getName() + ".actor";

    private final AuthenticationContext authentication;

    CurrentActor(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInAccount> account() {
        return authentication.getAuthenticatedUser(SignedInAccount.class);
    }

    public Optional<Actor> get() {
        Optional<SignedInAccount> account = account();
        if (account.isEmpty() || !(session().getAttribute(WORKSPACE_CHOICE) instanceof Actor actor)) {
            return Optional.empty();
        }
        return actor.accountId().equals(account.get().accountId()) ? Optional.of(actor) : Optional.empty();
    }

    public void set(Actor actor) {
        SignedInAccount account = account().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        if (!actor.accountId().equals(account.accountId())) {
            throw new IllegalArgumentException("The workspace choice belongs to another account");
        }
        session().setAttribute(WORKSPACE_CHOICE, actor);
    }

    /**
     * Ends this session's access from outside a request (for example when the person was deactivated):
     * the session is refused at its next request, which the browser is sent to make at once.
     */
    public void revoke(WrappedSession session) {
        session.setAttribute(SessionLifetimeFilter.REVOKED, Boolean.TRUE);
    }

    public void signOut() {
        authentication.logout();
    }

    private static WrappedSession session() {
        return VaadinSession.getCurrent().getSession();
    }
}
