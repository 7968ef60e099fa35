package app.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403, before any upgrade) a WebSocket handshake, such as Vaadin's push connection, whose {@code Origin}
 * is neither this server nor the configured public address. Browsers send the session cookie with a WebSocket
 * handshake from any site and WebSockets are not bound by the same-origin policy, so without this check a page on
 * another site could open a signed-in person's push connection (cross-site WebSocket hijacking; RFC 6455
 * section 10.2, OWASP WebSocket Security Cheat Sheet). A handshake without {@code Origin} comes from no browser
 * and carries no browser's cookie, so it is left to the usual checks.
 */
class WebSocketOriginFilter extends OncePerRequestFilter {

    private final @Nullable String publicOrigin;

    WebSocketOriginFilter(String publicUrl) {
        this.publicOrigin = SignInOriginFilter.origin(publicUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String upgrade = request.getHeader("Upgrade");
        String origin = request.getHeader("Origin");
        if (upgrade != null && upgrade.equalsIgnoreCase("websocket") && origin != null && !allowed(request, origin)) {
            // A plain status rather than sendError: the error page would be served under the sign-in redirects.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(HttpServletRequest request, String origin) {
        String claimed = SignInOriginFilter.origin(origin);
        if (claimed == null) {
            return false;
        }
        String own = SignInOriginFilter.origin(request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort());
        return claimed.equals(own) || claimed.equals(publicOrigin == null ? null : publicOrigin.toLowerCase(Locale.ROOT));
    }
}
