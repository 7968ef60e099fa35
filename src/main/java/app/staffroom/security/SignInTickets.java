package app.staffroom.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Single-use tickets that turn a just-proven identity (an accepted invitation) into a signed-in session:
 * the page that proved it sends the browser to {@link SignInTicketController}, which signs in under a new
 * session id. Tickets live one minute, in this node's memory (sessions are sticky to a node).
 */
@Component
public class SignInTickets {

    static final Duration LIFETIME = Duration.ofMinutes(1);

    private record Ticket(SignedInAccount account, List<String> factors, @Nullable String sessionId, Instant expiresAt) {
    }

    /** A redeemed ticket: who signs in, with which factor authorities. */
    record Redeemed(SignedInAccount account, List<String> factors) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInTickets(Clock clock) {
        this.clock = clock;
    }

    /**
     * The path that signs the account in, once, and only in the browser session of the screen that calls it
     * (a link opened by any other browser, for example from another site's page, signs nobody in: no login
     * CSRF); earlier tickets of the account stop working. Call it where a Vaadin session is at hand.
     *
     * @throws IllegalStateException outside a Vaadin session
     */
    public String issue(SignedInAccount account) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("A sign-in ticket is issued to the browser session that earned it");
        }
        return issue(account, List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY), session.getSession().getId());
    }

    /**
     * The path that signs the account in, once, in the browser session {@code sessionId} only, recording the
     * factor authorities that were proved (Spring Security's {@code FACTOR_*} names); earlier tickets of the
     * account stop working.
     */
    public String issue(SignedInAccount account, List<String> factors, String sessionId) {
        return issue(account, factors, sessionId, true);
    }

    /** A ticket any browser may use: for tests that sign in over plain HTTP. */
    String issueUnbound(SignedInAccount account) {
        return issue(account, List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY), null, false);
    }

    private String issue(SignedInAccount account, List<String> factors, @Nullable String sessionId, boolean bound) {
        Instant now = clock.instant();
        // A newer ticket of the account voids its older ones, as every one-time link does.
        tickets.values().removeIf(ticket -> ticket.expiresAt().isBefore(now)
                || ticket.account().accountId().equals(account.accountId()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Ticket(account, List.copyOf(factors), bound ? sessionId : null, now.plus(LIFETIME)));
        return SignInTicketController.PATH + ticket;
    }

    /** The ticket's sign-in, once, when it was issued to {@code sessionId} (the requesting browser's session). */
    Optional<Redeemed> redeem(String ticket, @Nullable String sessionId) {
        Ticket found = tickets.remove(ticket);
        if (found == null || found.expiresAt().isBefore(clock.instant())
                || (found.sessionId() != null && !found.sessionId().equals(sessionId))) {
            return Optional.empty();
        }
        return Optional.of(new Redeemed(found.account(), found.factors()));
    }
}
