package app.staffroom.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import app.staffroom.team.TeammateSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests against the real Spring context and the real (embedded) PostgreSQL. Users sign in
 * through the application's own authentication with the demo password.
 */
@SpringBootTest
public abstract class KaribuTest {

    public static final Routes ROUTES = new Routes().autoDiscoverViews("app.staffroom");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Demo demo;

    @BeforeEach
    protected void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, node(), UI::new));
    }

    /** The application node whose screens the test drives: the test's own context unless a test runs its own. */
    protected ApplicationContext node() {
        return context;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in with the demo password, as the login form would. */
    protected void signIn(String email) {
        signIn(node(), email);
    }

    /** Signs the current mocked session in to {@code node} with the demo password, as the login form would. */
    public static void signIn(ApplicationContext node, String email) {
        signIn(node, email, Demo.PASSWORD);
    }

    /** Signs the current mocked session in to {@code node} with this password, as the login form would. */
    public static void signIn(ApplicationContext node, String email, String password) {
        Authentication signedIn = node.getBean(AuthenticationProvider.class).authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(signedIn);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(signedIn);
        request.setUserInRole((principal, role) -> signedIn.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    /** Lets queued {@code ui.access} work run, until {@code condition} holds. */
    protected static void awaitUi(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return condition.call();
                });
    }

    /**
     * Waits until the teammate drawer shows this person. An open drawer keeps showing the person before
     * until the new one has been read, so "a drawer is visible" alone would be true too early.
     */
    protected static void awaitDrawerFor(String email) {
        awaitUi(() -> LocatorJ._find(Span.class, spec -> spec.withClasses("drawer-email")).stream()
                .anyMatch(shown -> shown.isVisible() && email.equals(shown.getText())));
    }

    /**
     * On the Teammates screen, waits until {@code email}'s row is listed, clicks it and waits until the drawer
     * shows that person, as a person opens a teammate. Returns the row clicked.
     */
    @SuppressWarnings("unchecked")
    protected static TeammateSummary openDrawerOf(String email) {
        awaitUi(() -> GridRows.<TeammateSummary>ofFirstGrid().stream().anyMatch(row -> row.email().equals(email)));
        List<TeammateSummary> rows = GridRows.ofFirstGrid();
        int index = IntStream.range(0, rows.size()).filter(i -> rows.get(i).email().equals(email)).findFirst().orElseThrow();
        GridKt._clickItem(LocatorJ._find(Grid.class).getFirst(), index, 0, false, false, false, false);
        awaitDrawerFor(email);
        return rows.get(index);
    }
}
