package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationService;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen in English and French, in the light and the dark theme, at a desktop's, a tablet's and a phone's
 * size (English light is {@link AccessibilityInBrowserTest}'s walk): axe-core finds nothing serious or critical
 * (contrast in the dark theme included), no page scrolls sideways, {@code <html lang>} names the screen's language
 * (WCAG 3.1.1), the page is in the theme asked for, and a screenshot of each lands in
 * {@code target/browser-screenshots/languages-themes/<look>/<size>/}.
 *
 * <p>The language is the browser's ({@code Accept-Language}) and the theme the device's ({@code prefers-color-scheme},
 * emulated): the demo account keeps its own settings, "as on this device" and "my browser's language".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryScreenInEachLanguageAndThemeInBrowserTest {

    /** A language and a theme. */
    enum Look {
        ENGLISH_DARK("en", true), FRENCH_LIGHT("fr", false), FRENCH_DARK("fr", true);

        final String language;
        final boolean dark;

        Look(String language, boolean dark) {
            this.language = language;
            this.dark = dark;
        }
    }

    /** The relative luminance of the page's background: near 0 in the dark theme, near 1 in the light one. */
    private static final String BACKGROUND_LUMINANCE = """
            const probe = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
            const channel = c => { c = c / 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(probe[0]) + 0.7152 * channel(probe[1]) + 0.0722 * channel(probe[2]);
            """;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    private String invitationToken;
    private WebDriver browser;
    private Look look;
    private WindowSize size;
    private int screens;
    private final List<String> problems = new ArrayList<>();

    static Stream<Arguments> looksAndSizes() {
        return Arrays.stream(Look.values()).flatMap(look -> Arrays.stream(WindowSize.values())
                .map(size -> Arguments.of(look, size)));
    }

    @BeforeAll
    void invite() {
        invitationToken = Invitee.invitationToken(fixtures, invitations, mailbox);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("looksAndSizes")
    void every_screen_reads_well_in_each_language_and_theme(Look look, WindowSize size) throws IOException {
        this.look = look;
        this.size = size;
        screens = 0;
        problems.clear();
        browser = Browsers.openIn(look.language);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", look.dark ? "dark" : "light"))));
        browser.manage().window().setSize(new Dimension(size.width, size.height));

        visit("/login", "sign-in", By.cssSelector("input[name='username']"));
        visit("/forgot-password", "forgot-password", By.tagName("h1"));
        visit("/accessibility", "accessibility-statement", By.tagName("h1"));
        visit("/book/harbour-aesthetics", "public-team-page", By.cssSelector(".team-page h1"));
        visit("/invitation/" + invitationToken, "invitation", By.cssSelector(".accept-invitation vaadin-password-field"));

        signIn();
        check("workspace-chooser", By.cssSelector("vaadin-button.workspace-choice"));
        browser.findElement(By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '"
                + Demo.HARBOUR + "')]")).click();
        check("teammates", By.xpath("//vaadin-grid-cell-content[contains(., 'Grace Turner')]"));
        if (size == WindowSize.DESKTOP) {
            whoSomeoneIsIsNotSqueezed();
        }
        Browsers.openTheOneTeammateFound(browser, "Grace Turner", "Grace Turner");
        check("teammate", By.cssSelector(".teammate-drawer h2"));
        visit("/teammates/new", "wizard", By.cssSelector(".wizard-view h2"));
        // Nothing is typed, but the wizard may still ask before leaving: it is left as it is.
        ((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null;");
        visit("/invitations", "pending-invites", By.tagName("vaadin-grid-cell-content"));
        visit("/roles", "roles", By.tagName("h1"));
        visit("/audit", "audit-trail", By.tagName("vaadin-grid-cell-content"));
        visit("/live", "live", By.tagName("h1"));
        visit("/locations", "locations", By.tagName("h1"));
        visit("/settings", "settings", By.id("practice-name"));
        visit("/security", "security", By.tagName("vaadin-grid-cell-content"));
        visit("/credentials", "credentials", By.tagName("h1"));
        visit("/access-reviews", "access-reviews", By.tagName("h1"));
        visit("/profile", "my-profile", By.cssSelector("vaadin-radio-group#theme-choice[has-value]"));

        assertThat(problems).withFailMessage(() -> problems.size() + " problems in " + look + " at " + size + ":\n"
                + String.join("\n", problems)).isEmpty();
        assertThat(screens).as("screens checked").isEqualTo(19);
    }

    private void signIn() {
        browser.get(url("/login"));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(Demo.OLIVIA_ADMIN);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD + Keys.ENTER);
    }

    /**
     * On a desktop, the columns that say who someone is keep room for it, however wide the date columns' texts are,
     * and each header stands over its column's cells.
     */
    private void whoSomeoneIsIsNotSqueezed() {
        List<?> columns = (List<?>) script("return [...document.querySelectorAll('vaadin-grid vaadin-grid-column')]"
                + ".filter(column => !column.hidden).map(column => [Math.round(column._headerCell.getBoundingClientRect()"
                + ".width), Math.round(column._headerCell.getBoundingClientRect().left - column._cells[0]"
                + ".getBoundingClientRect().left)]);");
        List<String> names = List.of("name", "email", "role", "locations");
        assertThat(columns).hasSizeGreaterThan(names.size());
        for (int i = 0; i < columns.size(); i++) {
            List<?> column = (List<?>) columns.get(i);
            long width = ((Number) column.get(0)).longValue();
            long offset = ((Number) column.get(1)).longValue();
            if (i < names.size() && width < 150) {
                problems.add(look + " " + size + " teammates: the column " + names.get(i) + " is " + width + " px wide");
            }
            if (Math.abs(offset) > 1) {
                problems.add(look + " " + size + " teammates: column " + (i + 1) + "'s header is " + offset
                        + " px off its cells");
            }
        }
    }

    /** Opens Grace from the list, found with the search field so that her row shows whatever the window's height. */
    private void visit(String path, String screen, By ready) throws IOException {
        browser.get(url(path));
        check(screen, ready);
    }

    /** Waits for {@code ready} and a still screen, then checks it and takes its screenshot. */
    private void check(String screen, By ready) throws IOException {
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
        Browsers.awaitStill(browser);
        String where = look + " " + size + " " + screen;
        List<String> found = new ArrayList<>(AxeCheck.violations(browser, where));
        found.addAll(Reflow.problems(browser, where));
        Object lang = script("return document.documentElement.lang;");
        if (!String.valueOf(lang).startsWith(look.language)) {
            found.add(where + ": <html lang> is \"" + lang + "\", not " + look.language + " (WCAG 3.1.1)");
        }
        double luminance = ((Number) script(BACKGROUND_LUMINANCE)).doubleValue();
        if (look.dark ? luminance > 0.2 : luminance < 0.8) {
            found.add(where + ": the page's background (luminance " + luminance + ") is not in the "
                    + (look.dark ? "dark" : "light") + " theme");
        }
        found.forEach(System.out::println);
        problems.addAll(found);
        Browsers.screenshot(browser, "languages-themes/" + look.name().toLowerCase(Locale.ROOT) + "/"
                + size.name().toLowerCase(Locale.ROOT) + "/" + String.format("%02d", ++screens) + "-" + screen + ".png");
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
