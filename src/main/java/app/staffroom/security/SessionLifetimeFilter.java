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

    SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInAccount) {
            Instant now = clock.instant();
            if (Boolean.TRUE.equals(session.getAttribute(REVOKED))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt) {
                if (signedInAt.plus(maxLifetime).isBefore(now)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
            } else {
                session.setAttribute(SIGNED_IN_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}
