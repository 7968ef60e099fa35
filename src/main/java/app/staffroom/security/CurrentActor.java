package app.staffroom.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The signed-in account and the workspace it is working in, as kept in the user's session. Only the
 * choice is kept here; what the actor may do is asked from the database on every service call.
 */
@Component
public class CurrentActor {

    static final String WORKSPACE_CHOICE = CurrentActor.class.getName() + ".actor";

    private static final String PASSWORD_PROVED_AT = CurrentActor.class.getName() + ".passwordProvedAt";

    private final AuthenticationContext authentication;
    private final Accounts accounts;

    CurrentActor(AuthenticationContext authentication, Accounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    /**
     * True when the account's password was changed after this session last proved it (signed in, or
     * changed the password itself): such a session must end. Call it where the session is at hand (in a
     * request or {@code ui.access}); the answer comes from the database.
     */
    public Mono<Boolean> passwordChangedSinceSignIn() {
        Optional<SignedInAccount> account = account();
        if (account.isEmpty()) {
            return Mono.just(false);
        }
        WrappedSession session = session();
        Instant proved = session.getAttribute(PASSWORD_PROVED_AT) instanceof Instant at ? at
                : session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
        return accounts.sessionsValidFrom(account.get().accountId()).map(proved::isBefore).defaultIfEmpty(false);
    }

    /** This session proved the password at {@code at}: it outlives a password change made at that moment. */
    public void passwordProvedAt(Instant at) {
        session().setAttribute(PASSWORD_PROVED_AT, at);
    }

    /** How long a proof of identity lets a person change their sign-in factors (OWASP ASVS 5.0 V7.5.1). */
    public static final Duration RECENT_PROOF = Duration.ofMinutes(5);

    private static final String IDENTITY_PROVED_AT = CurrentActor.class.getName() + ".identityProvedAt";

    /**
     * When this session last proved who the person is: the sign-in, or a password re-entered since; empty
     * outside a signed-in session.
     */
    public Optional<Instant> identityProvedAt() {
        if (account().isEmpty()) {
            return Optional.empty();
        }
        WrappedSession session = session();
        Instant signedIn = session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT) instanceof Instant at ? at : null;
        Instant proved = session.getAttribute(IDENTITY_PROVED_AT) instanceof Instant at ? at : null;
        if (signedIn == null || (proved != null && proved.isAfter(signedIn))) {
            return Optional.ofNullable(proved);
        }
        return Optional.of(signedIn);
    }

    /** True when this session proved who the person is within {@link #RECENT_PROOF} of {@code now}. */
    public boolean provedRecently(Instant now) {
        return identityProvedAt().map(at -> !at.plus(RECENT_PROOF).isBefore(now)).orElse(false);
    }

    /**
     * Where to note that this session proved who the person is (a password re-entered): the session is taken
     * now, where it is at hand, and the note may be made later from any thread.
     */
    public Consumer<Instant> proofNotes() {
        WrappedSession session = session();
        return at -> session.setAttribute(IDENTITY_PROVED_AT, at);
    }

    /** The unfinished sign-in of this session: password right, second factor still due. */
    public Optional<PasswordProved> pendingSignIn() {
        return principal(PasswordProved.class);
    }

    public Optional<SignedInAccount> account() {
        return principal(SignedInAccount.class);
    }

    /** The principal when it is of this type (Vaadin's own lookup casts, and fails for the other type). */
    private <T> Optional<T> principal(Class<T> type) {
        return authentication.getAuthenticatedUser(Object.class).filter(type::isInstance).map(type::cast);
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

    /** The id of this browser's session, for binding what it earned to it (call where the session is at hand). */
    public String sessionId() {
        return session().getId();
    }

    public void signOut() {
        authentication.logout();
    }

    private static WrappedSession session() {
        return VaadinSession.getCurrent().getSession();
    }
}
