package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SessionLifetimeFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-22T08:00:00Z");
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_younger_than_the_maximum_lifetime_goes_on() throws Exception {
        signedIn();
        filterAt(SIGNED_IN);

        filterAt(SIGNED_IN.plus(Duration.ofHours(11)));

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void a_session_older_than_twelve_hours_ends_however_active_it_was() throws Exception {
        signedIn();
        filterAt(SIGNED_IN);

        filterAt(SIGNED_IN.plus(Duration.ofHours(12)).plusSeconds(1));

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private void signedIn() {
        SignedInAccount account = new SignedInAccount(UUID.randomUUID(), "a@b.example", "A B");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
    }

    private void filterAt(Instant now) throws Exception {
        SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
