package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every screen in headless Chromium under the Content-Security-Policy the server sends: the browser reports no
 * violation on any of them (each {@code securitypolicyviolation} event is collected from the first moment of
 * every page, and the console is read too). A deliberate violation at the end shows that one would be caught.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryScreenUnderTheContentSecurityPolicyInBrowserTest {

    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    private WebDriver browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECT_VIOLATIONS));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void no_screen_violates_the_content_security_policy() throws IOException {
        String token = invitationWithAMobileNumber();

        browser.get(url("/login"));
        settled("sign-in", By.cssSelector("input[name='username']"));
        Browsers.signIn(browser, port, Demo.OLIVIA_ADMIN);
        settled("workspace chooser", By.cssSelector("vaadin-button.workspace-choice"));
        browser.findElement(By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '"
                + Demo.HARBOUR + "')]")).click();
        By row = By.xpath("//vaadin-grid-cell-content[contains(., '" + Demo.GRACE_FRONT_DESK + "')]");
        settled("teammates", row);
        browser.findElement(row).click();
        settled("teammate drawer", By.cssSelector(".teammate-drawer h2"));
        visit("/teammates/new", "wizard", By.xpath("//vaadin-button[normalize-space(.)='Next']"));
        visit("/invitations", "pending invites", By.tagName("vaadin-grid"));
        visit("/roles", "roles", By.tagName("h1"));
        visit("/audit", "audit trail", By.tagName("vaadin-grid-cell-content"));
        visit("/live", "live", By.tagName("h1"));
        visit("/locations", "locations", By.tagName("h1"));
        visit("/profile", "my profile", By.tagName("h1"));
        visit("/settings", "settings", By.id("practice-name"));
        visit("/dev/outbox", "development outbox", By.tagName("h1"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Sign out']")).click();
        settled("signed out", By.cssSelector("input[name='username']"));

        visit("/invitation/" + token, "invitation acceptance", By.xpath("//vaadin-button[normalize-space(.)='Text me a code']"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Text me a code']")).click();
        settled("invitation acceptance, code sent", By.xpath("//p[starts-with(normalize-space(.), 'We sent a code')]"));
        Browsers.screenshot(browser, "csp-invitation.png");
        visit("/book/harbour-aesthetics", "public team page", By.cssSelector(".team-page h1"));

        assertThat(violations).as("Content-Security-Policy violations reported by the browser").isEmpty();
    }

    @Test
    void a_violation_would_be_caught() {
        browser.get(url("/login"));
        settled("sign-in", By.cssSelector("input[name='username']"));

        ((JavascriptExecutor) browser).executeScript("const image = new Image(); image.src = 'http://example.invalid/pixel.png';"
                + " document.body.appendChild(image);");
        Browsers.wait(browser).until(driver -> !((List<?>) ((JavascriptExecutor) driver)
                .executeScript("return window.__cspViolations;")).isEmpty());
        collect("deliberate");

        assertThat(violations).anyMatch(violation -> violation.contains("img-src") && violation.contains("example.invalid"));
    }

    private void visit(String path, String screen, By ready) throws IOException {
        browser.get(url(path));
        settled(screen, ready);
    }

    /** Waits until {@code ready} shows and Vaadin has no request under way, then collects what the browser reported. */
    private void settled(String screen, By ready) {
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
        Browsers.wait(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                return Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
        collect(screen);
    }

    private void collect(String screen) {
        Object reported = ((JavascriptExecutor) browser).executeScript(
                "const seen = window.__cspViolations || []; window.__cspViolations = []; return seen;");
        for (Object violation : (List<?>) reported) {
            violations.add(screen + ": " + violation);
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                violations.add(screen + " (console): " + message);
            }
        }
    }

    private String invitationWithAMobileNumber() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        db.sql("update workspace set mobile_confirmation = 'REQUIRED' where id = :w").bind("w", clinic.workspaceId())
                .fetch().rowsUpdated().block(Duration.ofSeconds(10));
        String email = Mailbox.uniqueEmail();
        invitations.invite(fixtures.actor(admin), new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()),
                clinic.mainLocation(), "Nina", "Novak", email, List.of("+61 412 345 678"), NewTeammate.Provider.none(),
                NewTeammate.Booking.empty()), Demo.PASSWORD).block(Duration.ofSeconds(30));
        return mailbox.invitationToken(email);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
