package app.staffroom.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every multipart request unread (415), before any other filter or servlet can touch it.
 * Staffroom never sends one: uploads go as the raw request body (see
 * {@link app.staffroom.base.ui.CappedUpload}, which caps them) and forms as URL-encoded text. A
 * multipart body, on the other hand, is read and stored whole by the servlet container as soon as
 * anything asks for a parameter or a part, and Vaadin's servlet sets no limit on it, so its size could
 * not be capped (OWASP ASVS 5.0, V5.2.1).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MultipartRefusalFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            // The body is left unread: the connection is not kept for another request.
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(request, response);
    }
}
