package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationService;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen and every state a person reaches, checked with axe-core's WCAG 2.2 A and AA rules at a desktop, a
 * tablet and a phone size: no finding of impact "serious" or "critical" (less {@link KnownAxeFalsePositives}), and
 * no page that scrolls sideways ({@link Reflow}).
 * One browser goes through them all at each size; a screenshot of each lands in
 * {@code target/browser-screenshots/a11y/<size>/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    private WebDriver browser;
    private VaadinFields form;
    private String invitationToken;
    private WindowSize size;
    private int screens;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    void openBrowser() {
        browser = Browsers.open();
        form = new VaadinFields(browser);
        invitationToken = Invitee.invitationToken(fixtures, invitations, mailbox);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @ParameterizedTest
    @EnumSource(WindowSize.class)
    void every_screen_has_no_serious_accessibility_violation(WindowSize windowSize) throws IOException {
        size = windowSize;
        screens = 0;
        violations.clear();
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(size.width, size.height));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).intValue())
                .as("page width").isEqualTo(size.width);

        signedOutScreens();
        signedInScreens();
        wizard();
        otherScreens();

        assertThat(violations).withFailMessage(() -> violations.size() + " serious or critical accessibility violations at "
                + size + ":\n" + String.join("\n", violations)).isEmpty();
        assertThat(screens).as("states checked").isGreaterThanOrEqualTo(30);
    }

    private void signedOutScreens() throws IOException {
        visit("/login", "sign-in", By.cssSelector("input[name='username']"));
        form.type("Email", Demo.OLIVIA_ADMIN);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("not the password");
        press("Sign in");
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/login?error"));
        check("sign-in wrong password", By.cssSelector("input[name='username']"));
        visit("/forgot-password", "forgot password", By.tagName("h1"));
        press("Email me a link");
        check("forgot password problem", By.cssSelector("vaadin-text-field[invalid]"));
        visit("/accessibility", "accessibility statement", By.tagName("h1"));
        visit("/book/harbour-aesthetics", "public team page", By.cssSelector(".team-page h1"));
        visit("/invitation/" + invitationToken, "invitation acceptance",
                By.xpath("//vaadin-button[normalize-space(.)='Set password and join']"));
        form.type("New password", "short");
        form.type("Repeat the password", "different");
        press("Set password and join");
        check("invitation acceptance problem", By.cssSelector(".accept-invitation [invalid], .accept-invitation .form-problem"));
    }

    private void signedInScreens() throws IOException {
        Browsers.signIn(browser, port, Demo.OLIVIA_ADMIN);
        check("workspace chooser", By.cssSelector("vaadin-button.workspace-choice"));
        browser.findElement(By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '"
                + Demo.HARBOUR + "')]")).click();
        check("teammates active", row(Demo.GRACE_FRONT_DESK));
        tab("Pending");
        check("teammates pending", row(Demo.ETHAN_PENDING));
        tab("Inactive");
        check("teammates inactive", row(Demo.MIA_INACTIVE));
        tab("Active");
        Browsers.openTheOneTeammateFound(browser, Demo.GRACE_FRONT_DESK, "Grace Turner");
        check("teammate drawer", By.cssSelector(".teammate-drawer h2"));
        press("Deactivate…");
        check("deactivate dialog", By.cssSelector("vaadin-dialog[opened]"));
        press("Cancel");
        Browsers.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
    }

    private void wizard() throws IOException {
        visit("/teammates/new", "wizard role and clinics", By.xpath("//vaadin-button[normalize-space(.)='Next']"));
        press("Next");
        check("wizard role and clinics problems", By.cssSelector(".wizard-view [invalid]"));
        focusIsOnAWrongField("wizard role and clinics problems");
        form.choose("Role", "Provider");
        form.tick("Downtown Clinic");
        next("Contact details");
        press("Next");
        check("wizard contact problems", By.cssSelector(".wizard-view [invalid]"));
        focusIsOnAWrongField("wizard contact problems");
        form.type("First name", "Rosa");
        form.type("Last name", "Lind");
        form.type("Email", Mailbox.uniqueEmail());
        next("Provider settings");
        form.type("Appointment colour", "purple");
        press("Next");
        check("wizard provider problems", By.cssSelector(".wizard-view [invalid]"));
        focusIsOnAWrongField("wizard provider problems");
        form.type("Appointment colour", "#7C3AED");
        next("Booking profile");
        check("wizard booking profile", By.cssSelector(".wizard-view h2"));
        next("Review");
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".wizard-cost"), "Working out")));
        press("Send invitation");
        check("wizard review problems", By.cssSelector(".wizard-view [invalid]"));
        // Nothing is sent: leaving the typed teammate behind without the browser asking first.
        ((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null;");
    }

    private void otherScreens() throws IOException {
        visit("/invitations", "pending invites", By.tagName("vaadin-grid-cell-content"));
        visit("/roles", "roles", By.tagName("h1"));
        visit("/audit", "audit trail", By.tagName("vaadin-grid-cell-content"));
        visit("/live", "live", By.tagName("h1"));
        visit("/locations", "locations", By.tagName("h1"));
        visit("/settings", "settings", By.id("practice-name"));
        visit("/security", "security", By.tagName("vaadin-grid-cell-content"));
        visit("/credentials", "credentials", By.tagName("h1"));
        visit("/access-reviews", "access reviews", By.tagName("h1"));
        visit("/profile", "my profile", By.tagName("h1"));
        form.scrollTo(browser.findElement(By.xpath("//h2[normalize-space(.)='Sessions']")));
        Browsers.screenshot(browser, screenshotName("my profile sessions"));
        press("Sign out");
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/login"));
    }

    /** WCAG 3.3.1: after a refused step, the keyboard is on the first field with a problem. */
    private void focusIsOnAWrongField(String state) {
        Browsers.wait(browser).withMessage(state + ": the focus is not on the first field with a problem")
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                    focused = focused.shadowRoot.activeElement;
                }
                const first = document.querySelector('.wizard-view [invalid]');
                for (let e = focused; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                    if (e === first) return true;
                }
                return false;
                """)));
    }

    private void visit(String path, String state, By ready) throws IOException {
        browser.get(url(path));
        check(state, ready);
    }

    /** Waits for {@code ready} and a still screen, then runs axe-core and takes the screenshot. */
    private void check(String state, By ready) throws IOException {
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
        Browsers.awaitStill(browser);
        List<String> found = new ArrayList<>(AxeCheck.violations(browser, size + " " + state));
        found.addAll(Reflow.problems(browser, size + " " + state));
        found.forEach(System.out::println);
        violations.addAll(found);
        Browsers.screenshot(browser, screenshotName(state));
    }

    private String screenshotName(String state) {
        return "a11y/" + size.name().toLowerCase(Locale.ROOT) + "/" + String.format("%02d", ++screens) + "-"
                + state.replace(' ', '-') + ".png";
    }

    /** Clicks the button, brought to the middle of the screen first: on a phone it may be below the fold. */
    private void press(String text) {
        WebElement button = form.button(text);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void tab(String label) {
        browser.findElement(By.xpath("//vaadin-tab[starts-with(normalize-space(.), '" + label + "')]")).click();
    }

    private void next(String step) {
        press("Next");
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wizard-view h2"), step));
    }

    /**
     * The cells of a demo person's row: by email in the wide grid, by name ("grace.turner@…" is Grace Turner) in the
     * one-column list of phones and tablets, which shows no email.
     */
    private static By row(String email) {
        String name = java.util.Arrays.stream(email.substring(0, email.indexOf('@')).split("\\."))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
        return By.xpath("//vaadin-grid-cell-content[contains(., '" + email + "') or contains(., '" + name + "')]");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
