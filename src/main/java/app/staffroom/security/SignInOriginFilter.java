package app.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in post that a browser sent from another origin, judged by the {@code Origin} header (or,
 * without it, the {@code Referer}): only this server's own origin and the configured public address may
 * sign in. The CSRF token alone is not enough against login CSRF, because a page on another port or a
 * sibling host can plant a session cookie whose token it knows (cookies ignore ports); verifying the origin
 * with standard headers closes that (OWASP CSRF Prevention Cheat Sheet; ASVS 5.0 V3.5.1). A post without
 * either header (not a browser) is left to the CSRF token.
 */
class SignInOriginFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final @Nullable String publicOrigin;

    SignInOriginFilter(String publicUrl) {
        this.publicOrigin = origin(publicUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request) && !fromHere(request)) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromHere(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return true;
            }
            claimed = origin(referer);
        }
        if (claimed == null) {
            return false;
        }
        String origin = claimed.toLowerCase(Locale.ROOT);
        return origin.equals(ownOrigin(request)) || origin.equals(publicOrigin);
    }

    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** {@code scheme://host[:port]} in lower case, the default port left out as browsers send it; null if not a URL. */
    static @Nullable String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
