package app.staffroom.testing;

import app.staffroom.security.SessionTracker;
import app.staffroom.security.SignedInAccount;
import app.staffroom.session.CurrentSession;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * Browsers signed in on a node, as its session filter records them at their first request after signing in
 * (the filter itself runs only in tests through MockMvc).
 */
public final class SignedInSessions {

    /** Whether the session was told to end at its next request. */
    public static final String REVOKED = "app.staffroom.security.SessionLifetimeFilter.revoked";

    private SignedInSessions() {
    }

    /** A new browser session of the account on {@code node}, recorded with this browser and address. */
    public static MockHttpSession signIn(ApplicationContext node, UUID account, String userAgent, String address) {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        request.addHeader("User-Agent", userAgent);
        request.setRemoteAddr(address);
        node.getBean(SessionTracker.class).seen(request, session, new SignedInAccount(account, "", ""), Instant.now(), true);
        return session;
    }

    /** Records the current Karibu session, signed in as the account, as the session filter would. */
    public static UUID recordCurrent(ApplicationContext node, UUID account) {
        HttpSession session = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        request.setRemoteAddr("192.0.2.10");
        node.getBean(SessionTracker.class).seen(request, session, new SignedInAccount(account, "", ""), Instant.now(), true);
        return id(node, session);
    }

    public static UUID id(ApplicationContext node, HttpSession session) {
        return node.getBean(CurrentSession.class).id(session).orElseThrow();
    }

    public static boolean revoked(HttpSession session) {
        return Boolean.TRUE.equals(session.getAttribute(REVOKED));
    }
}
