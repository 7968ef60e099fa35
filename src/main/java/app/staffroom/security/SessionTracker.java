package app.staffroom.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * Told by the session filter about every request of a signed-in session, whichever way the person signed
 * in (the sign-in form, a sign-in ticket, a later step): the feature that keeps the registry of sessions
 * implements it. Called on the request's servlet thread; it must not throw.
 */
public interface SessionTracker {

    /** Tracks nothing: the filter's behaviour without a registry of sessions. */
    SessionTracker NONE = (request, session, account, now, firstSight) -> { };

    /**
     * A request of a signed-in session.
     *
     * @param firstSight true for the first request after signing in (when the session's lifetime starts)
     * @param now        the moment of the request, from the application's clock
     */
    void seen(HttpServletRequest request, HttpSession session, SignedInAccount account, Instant now, boolean firstSight);

    /**
     * Ends the session's access from outside its requests: it is refused and invalidated at its next request,
     * as {@link CurrentActor#revoke} does for a session reached through Vaadin. A session already invalidated
     * is left as it is.
     */
    static void revoke(HttpSession session) {
        try {
            session.setAttribute(SessionLifetimeFilter.REVOKED, Boolean.TRUE);
        } catch (IllegalStateException alreadyInvalidated) {
            // Nothing left to end.
        }
    }
}
