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

    private record Ticket(SignedInAccount account, List<String> factors, Instant expiresAt) {
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

    /** The path that signs the account in, once; earlier tickets of the account stop working. */
    public String issue(SignedInAccount account) {
        return issue(account, List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY));
    }

    /**
     * The path that signs the account in, once, recording the factor authorities that were proved (Spring
     * Security's {@code FACTOR_*} names); earlier tickets of the account stop working.
     */
    public String issue(SignedInAccount account, List<String> factors) {
        Instant now = clock.instant();
        // A newer ticket of the account voids its older ones, as every one-time link does.
        tickets.values().removeIf(ticket -> ticket.expiresAt().isBefore(now)
                || ticket.account().accountId().equals(account.accountId()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Ticket(account, List.copyOf(factors), now.plus(LIFETIME)));
        return SignInTicketController.PATH + ticket;
    }

    Optional<Redeemed> redeem(String ticket) {
        Ticket found = tickets.remove(ticket);
        return found == null || found.expiresAt().isBefore(clock.instant())
                ? Optional.empty() : Optional.of(new Redeemed(found.account(), found.factors()));
    }
}
