package app.staffroom.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts who acts, and in which practice, on every log line of a request (SLF4J MDC keys {@value #PRACTICE} and
 * {@value #ACCOUNT}): plain HTTP requests through the servlet filter, Vaadin's requests and push messages
 * through a Vaadin request interceptor. Only the two ids are logged, never a name, email, password, token or
 * code. The filter runs before every other, Spring Security's included. They are on the lines written on the
 * request's own thread; Reactor's worker threads do not carry them (automatic context propagation would also carry
 * Spring Security's context into every reactive step, which the services do not expect). Both come from the HTTP session, as a request finds them when it starts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogContext implements Filter, VaadinServiceInitListener, VaadinRequestInterceptor {

    /** MDC key of the practice the person works in, when they have chosen one. */
    static final String PRACTICE = "practice.id";
    /** MDC key of the signed-in account (also while its second step is awaited). */
    static final String ACCOUNT = "account.id";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request instanceof HttpServletRequest http ? http.getSession(false) : null;
        put(session == null ? name -> null : session::getAttribute);
        try {
            chain.doFilter(request, response);
        } finally {
            clear();
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        WrappedSession session = request.getWrappedSession(false);
        put(session == null ? name -> null : session::getAttribute);
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession vaadinSession,
                                Exception failure) {
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        clear();
    }

    private static void put(Function<String, @Nullable Object> attributes) {
        UUID account = account(attributes.apply(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        if (account != null) {
            MDC.put(ACCOUNT, account.toString());
        }
        if (account != null && attributes.apply(CurrentActor.WORKSPACE_CHOICE) instanceof Actor actor
                && actor.accountId().equals(account)) {
            MDC.put(PRACTICE, actor.workspaceId().toString());
        }
    }

    private static @Nullable UUID account(@Nullable Object context) {
        Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication() : null;
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof SignedInAccount signedIn) {
            return signedIn.accountId();
        }
        return principal instanceof PasswordProved pending ? pending.accountId() : null;
    }

    private static void clear() {
        MDC.remove(PRACTICE);
        MDC.remove(ACCOUNT);
    }
}
