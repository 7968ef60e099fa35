package app.staffroom.booking;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A booking page opened at an address its practice left less than 90 days ago answers with a permanent
 * redirect (HTTP 301, RFC 9110 section 15.4.2) to the practice's current address, so printed links and
 * bookmarks keep working.
 */
@Component
class OldAddressRedirect extends OncePerRequestFilter {

    private static final String PREFIX = "/book/";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    private final BookingPageService booking;
    private final Clock clock;

    OldAddressRedirect(BookingPageService booking, Clock clock) {
        this.booking = booking;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String slug = path.startsWith(PREFIX) ? trimmed(path.substring(PREFIX.length())) : "";
        return !"GET".equals(request.getMethod()) || slug.isEmpty() || slug.indexOf('/') >= 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Read as the booking page reads an address: any case, a trailing slash allowed.
        String slug = URLDecoder.decode(trimmed(path.substring(PREFIX.length())), StandardCharsets.UTF_8)
                .strip().toLowerCase(java.util.Locale.ROOT);
        String current = booking.movedTo(slug, clock.instant()).block(TIME_LIMIT);
        if (current == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + PREFIX + current);
        // The practice may take the old address back within the 90 days: browsers must not keep this answer.
        response.setHeader("Cache-Control", "no-store");
    }

    private static String trimmed(String rest) {
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }
}
