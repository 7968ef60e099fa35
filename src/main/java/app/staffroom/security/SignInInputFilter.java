package app.staffroom.security;

import app.staffroom.base.TypedText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in post whose email or password holds a control character (NUL included) with the same
 * answer as any refused sign-in. It runs before Spring Security's form login, which would otherwise strip
 * such characters from the ends of the email and sign in with what is left. The refusal depends on the
 * input alone, so it tells nothing about any account.
 */
class SignInInputFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request) && (holdsControl(request.getParameter("username")) || holdsControl(request.getParameter("password")))) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsControl(String value) {
        return value != null && TypedText.hasControlCharacter(value);
    }
}
