package app.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it has lasted its maximum lifetime, however active it is, or once its
 * access was revoked.
 * The idle timeout is the servlet container's session timeout.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String REVOKED = SessionLifetimeFilter.class.getName() + ".revoked";

    private final Duration maxLifetime;
    private final Clock clock;
    private final SessionTracker tracker;
    private final SecurityContextHolderStrategy contexts;

    SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
        this(maxLifetime, clock, SessionTracker.NONE, SecurityContextHolder.getContextHolderStrategy());
    }

    /**
     * {@code contexts} is where the filter chain keeps the signed-in person (the application's strategy, not
     * whichever one another application in the same JVM installed last as {@link SecurityContextHolder}'s).
     */
    SessionLifetimeFilter(Duration maxLifetime, Clock clock, SessionTracker tracker, SecurityContextHolderStrategy contexts) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
        this.tracker = tracker;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            Instant now = clock.instant();
            if (Boolean.TRUE.equals(session.getAttribute(REVOKED))) {
                session.invalidate();
                contexts.clearContext();
            } else if (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt) {
                if (signedInAt.plus(maxLifetime).isBefore(now)) {
                    session.invalidate();
                    contexts.clearContext();
                } else {
                    tracker.seen(request, session, account, now, false);
                }
            } else {
                session.setAttribute(SIGNED_IN_AT, now);
                tracker.seen(request, session, account, now, true);
            }
        }
        chain.doFilter(request, response);
    }
}
