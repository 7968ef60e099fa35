package app.staffroom.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Redeems a sign-in ticket: only when the browser opened it from Staffroom's own pages (Fetch Metadata
 * {@code Sec-Fetch-Site: same-origin}, or typed in: {@code none}; without that header, an {@code Origin} or
 * {@code Referer} of another origin refuses it) and in the browser session it was issued to.
 */
@Controller
class SignInTicketController {

    static final String PATH = "/signin/ticket/";

    private final SignInTickets tickets;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInTicketController(SignInTickets tickets) {
        this.tickets = tickets;
    }

    /** True unless the request says it comes from another origin (OWASP: "verifying origin with standard headers"). */
    static boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String source = request.getHeader("Origin");
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80) ? "" : ":" + request.getServerPort());
        return source.equals(own) || source.startsWith(own + "/");
    }

    @GetMapping(PATH + "{ticket}")
    String signIn(@PathVariable String ticket, HttpServletRequest request, HttpServletResponse response) {
        if (!fromThisSite(request)) {
            // Not redeemed: a page of another origin (another port of this host included, where a planted
            // session cookie could carry the attacker's session) cannot sign a visitor in (login CSRF).
            return "redirect:/login";
        }
        var existing = request.getSession(false);
        return tickets.redeem(ticket, existing == null ? null : existing.getId()).map(redeemed -> {
            request.getSession(true);
            request.changeSessionId();
            Authentication authentication = AccountAuthenticationProvider.signedIn(redeemed.account(), redeemed.factors());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return "redirect:/";
        }).orElse("redirect:/login");
    }
}
