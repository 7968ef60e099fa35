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

@Controller
class SignInTicketController {

    static final String PATH = "/signin/ticket/";

    private final SignInTickets tickets;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInTicketController(SignInTickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping(PATH + "{ticket}")
    String signIn(@PathVariable String ticket, HttpServletRequest request, HttpServletResponse response) {
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
